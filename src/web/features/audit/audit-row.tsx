import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../core/audit/audit.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDateTime } from '../../lib/format-date.js';

function Dimmed({ children }: { children: React.ReactNode }) {
  return (
    <Text span c="dimmed" size="sm">
      {children}
    </Text>
  );
}

function Actor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.actor) return <Dimmed>{t('audit.actorKind.system')}</Dimmed>;
  return (
    <>
      <Text size="sm">{entry.actor.label}</Text>
      <Text size="xs" c="dimmed">
        {t(`audit.actorKind.${entry.actor.kind}`)}
      </Text>
    </>
  );
}

// Addresses, agents and ids are left-to-right text: <bdi> keeps them whole inside Arabic.
function Origin({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.ip && !entry.userAgent) return <Dimmed>{t('common.none')}</Dimmed>;
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

function Target({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const target = [entry.targetType, entry.targetId].filter(Boolean).join(' · ');
  if (!target) return <Dimmed>{t('common.none')}</Dimmed>;
  return (
    <Text size="sm" className="secret-text">
      <bdi>{target}</bdi>
    </Text>
  );
}

/** One audit entry: when, who, what, on what, from where. */
export function AuditRow({ entry }: { entry: AuditEntry }) {
  const lang = useLanguage();
  return (
    <Table.Tr>
      <Table.Td className="nowrap">
        <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
      </Table.Td>
      <Table.Td>
        <Actor entry={entry} />
      </Table.Td>
      <Table.Td>
        <Code dir="ltr">{entry.action}</Code>
      </Table.Td>
      <Table.Td>
        <Target entry={entry} />
      </Table.Td>
      <Table.Td>
        <Origin entry={entry} />
      </Table.Td>
    </Table.Tr>
  );
}
