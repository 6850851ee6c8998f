import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../core/projects/action.schema.js';
import type { ChecklistItemView, Waiver } from '../../../core/checklists/checklist.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate } from '../../lib/format-date.js';
import { ACTION_STATUS_LABELS } from '../actions/action-status-select.js';

/** The waivers with their reasons, who granted them and when. */
export function ReportWaivers({
  waivers,
  items,
}: {
  waivers: Waiver[];
  items: ChecklistItemView[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const textOf = new Map(items.map((item) => [item.id, item.text]));
  if (waivers.length === 0) return <Text size="sm">{t('waivers.empty')}</Text>;
  return (
    <List size="sm" spacing="xs">
      {waivers.map((waiver) => (
        <List.Item key={waiver.id}>
          <Text size="sm" fw={500}>
            {textOf.get(waiver.itemId) ?? waiver.itemId}
          </Text>
          <Text size="sm">{waiver.reason}</Text>
          <Text size="xs">
            {t('waivers.by', {
              name: waiver.waivedBy ?? t('checklist.someone'),
              at: formatDate(waiver.waivedAt, lang),
            })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The follow-up actions: title, owner, due date, status. */
export function ReportActions({ actions }: { actions: Action[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (actions.length === 0) return <Text size="sm">{t('actions.empty')}</Text>;
  return (
    <Table withTableBorder verticalSpacing={4} className="report-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('actions.columns.title')}</Table.Th>
          <Table.Th scope="col">{t('actions.columns.owner')}</Table.Th>
          <Table.Th scope="col">{t('actions.columns.due')}</Table.Th>
          <Table.Th scope="col">{t('actions.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {actions.map((action) => (
          <Table.Tr key={action.id}>
            <Table.Td>{action.title}</Table.Td>
            <Table.Td>{action.ownerName ?? t('actions.noOwner')}</Table.Td>
            <Table.Td>
              {action.dueDate ? formatDate(action.dueDate, lang) : t('common.none')}
            </Table.Td>
            <Table.Td>{t(ACTION_STATUS_LABELS[action.status])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
