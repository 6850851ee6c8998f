import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../../core/projects/action.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate } from '../../lib/format-date.js';
import { ActionStatusSelect, ACTION_STATUS_LABELS } from './action-status-select.js';
import { isActionOverdue } from './sort-actions.js';

function DueCell({ action, overdue }: { action: Action; overdue: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!action.dueDate) {
    return (
      <Text span size="sm" c="dimmed">
        {t('common.none')}
      </Text>
    );
  }
  return (
    <Stack gap={2} align="flex-start">
      <time dateTime={action.dueDate} className={overdue ? 'overdue-text' : undefined}>
        {formatDate(action.dueDate, lang)}
      </time>
      {overdue && (
        <Badge color="red" variant="light" size="sm">
          {t('actions.overdue')}
        </Badge>
      )}
    </Stack>
  );
}

interface ActionRowProps {
  action: Action;
  today: string;
  withProject: boolean;
  canEdit: boolean;
}

/** One action: title and description, project, owner, due date (overdue marked), status. */
export function ActionRow({ action, today, withProject, canEdit }: ActionRowProps) {
  const { t } = useTranslation();
  const overdue = isActionOverdue(action, today);
  return (
    <Table.Tr data-overdue={overdue || undefined}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {action.title}
        </Text>
        {action.description && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {action.description}
          </Text>
        )}
      </Table.Td>
      {withProject && (
        <Table.Td className="nowrap">
          <Anchor component={Link} to={`/projects/${action.projectId}?tab=actions`} size="sm">
            <bdi>{action.projectCode}</bdi>
          </Anchor>
        </Table.Td>
      )}
      <Table.Td>{action.ownerName ?? t('actions.noOwner')}</Table.Td>
      <Table.Td className="nowrap">
        <DueCell action={action} overdue={overdue} />
      </Table.Td>
      <Table.Td>
        {canEdit ? <ActionStatusSelect action={action} /> : t(ACTION_STATUS_LABELS[action.status])}
      </Table.Td>
    </Table.Tr>
  );
}
