import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeedbackCase } from '../../../core/feedback/feedback.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { DeadlineBadge, SensitivityBadge, StatusBadge } from './feedback-badges.js';

const COLUMNS = [
  'reference',
  'received',
  'channel',
  'category',
  'sensitivity',
  'status',
  'deadline',
] as const;

function CaseLink({ item }: { item: FeedbackCase }) {
  return (
    <Anchor component={Link} to={`/feedback/${item.id}`} fw={600}>
      <bdi>{item.reference}</bdi>
    </Anchor>
  );
}

function useCells(item: FeedbackCase) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return {
    received: <time dateTime={item.receivedAt}>{formatDateTime(item.receivedAt, lang)}</time>,
    channel: t(`feedback.channel.${item.channel}`),
    category: item.category ? t(`feedback.category.${item.category}`) : t('common.none'),
  };
}

function CaseRow({ item }: { item: FeedbackCase }) {
  const cells = useCells(item);
  return (
    <Table.Tr>
      <Table.Td className="nowrap">
        <CaseLink item={item} />
      </Table.Td>
      <Table.Td className="nowrap">{cells.received}</Table.Td>
      <Table.Td>{cells.channel}</Table.Td>
      <Table.Td>{cells.category}</Table.Td>
      <Table.Td>
        <SensitivityBadge value={item.sensitivity} />
      </Table.Td>
      <Table.Td>
        <StatusBadge value={item.status} />
      </Table.Td>
      <Table.Td>
        <DeadlineBadge feedbackCase={item} />
      </Table.Td>
    </Table.Tr>
  );
}

/** One page of cases as a table (desktop). */
export function FeedbackTable({ items }: { items: FeedbackCase[] }) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('feedback.list.caption')} minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('feedback.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <Table.Th key={column}>{t(`feedback.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <CaseRow key={item.id} item={item} />
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

function CaseCard({ item }: { item: FeedbackCase }) {
  const cells = useCells(item);
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" gap="xs">
        <CaseLink item={item} />
        <DeadlineBadge feedbackCase={item} />
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {cells.received} · {cells.channel} · {cells.category}
      </Text>
      <Group gap="xs" mt="xs">
        <StatusBadge value={item.status} />
        <SensitivityBadge value={item.sensitivity} />
      </Group>
    </Card>
  );
}

/** One page of cases as cards (phones). */
export function FeedbackCards({ items }: { items: FeedbackCase[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="xs" className="plain-list" aria-label={t('feedback.list.caption')}>
      {items.map((item) => (
        <CaseCard key={item.id} item={item} />
      ))}
    </Stack>
  );
}
