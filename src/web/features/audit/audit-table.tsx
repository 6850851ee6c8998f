import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../core/audit/audit.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { TableRegion } from '../../components/table-region.js';

function Actor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.actor) return <Text span c="dimmed" size="sm">{t('audit.actorKind.system')}</Text>;
  return (
    <>
      <Text size="sm">{entry.actor.label}</Text>
      <Text size="xs" c="dimmed">
        {t(`audit.actorKind.${entry.actor.kind}`)}
      </Text>
    </>
  );
}

function Origin({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.ip && !entry.userAgent) return <Text span c="dimmed" size="sm">{t('common.none')}</Text>;
  return (
    <>
      {entry.ip && (
        <Text size="sm">
          <bdi>{entry.ip}</bdi>
        </Text>
      )}
      {entry.userAgent && (
        <Text size="xs" c="dimmed" lineClamp={1} title={entry.userAgent} maw={260}>
          <bdi>{entry.userAgent}</bdi>
        </Text>
      )}
    </>
  );
}

/** Audit entries: when, who, what, on what, from where. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <TableRegion label={t('audit.caption')} minWidth={820}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('audit.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.at')}</Table.Th>
            <Table.Th>{t('audit.columns.actor')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.target')}</Table.Th>
            <Table.Th>{t('audit.columns.origin')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
              </Table.Td>
              <Table.Td><Actor entry={entry} /></Table.Td>
              <Table.Td><Code dir="ltr">{entry.action}</Code></Table.Td>
              <Table.Td>
                {entry.targetType || entry.targetId ? (
                  <Text size="sm" className="secret-text">
                    <bdi>{[entry.targetType, entry.targetId].filter(Boolean).join(' · ')}</bdi>
                  </Text>
                ) : (
                  <Text span c="dimmed" size="sm">{t('common.none')}</Text>
                )}
              </Table.Td>
              <Table.Td><Origin entry={entry} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
