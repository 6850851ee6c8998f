import { Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/query-view.js';
import { dashboardQuery, type Breakdown, type FeedbackDashboard } from './community-updates.api.js';

export interface Period {
  from: string;
  to: string;
}

/** Whether both dates are given and in order. */
export const isValidPeriod = (p: Period) => p.from !== '' && p.to !== '' && p.from <= p.to;

const percent = (value: number | null) =>
  value === null ? null : `${Math.round(value * 100).toLocaleString('en')} %`;

/** Counts of one dimension; suppressed cells read "—". */
function BreakdownTable({ dimension, data }: { dimension: string; data: Breakdown | undefined }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const label = (key: string) =>
    key === 'uncategorised'
      ? t('feedback.updates.uncategorised')
      : t(`feedback.${dimension}.${key}`);
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz="sm" captionSide="top">
      <Table.Caption ta="start">{t(`feedback.updates.by.${dimension}`)}</Table.Caption>
      <Table.Tbody>
        {(data?.cells ?? []).map((cell) => (
          <Table.Tr key={cell.key}>
            <Table.Th scope="row" fw={400}>
              {label(cell.key)}
            </Table.Th>
            <Table.Td ta="end">{cell.count ?? none}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">{t('feedback.updates.total')}</Table.Th>
          <Table.Td ta="end" fw={700}>
            {data?.total ?? none}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

function Trends({ data }: { data: FeedbackDashboard }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const rates = [
    ['closure', data.rates.closure],
    ['acknowledgedOnTime', data.rates.acknowledgedOnTime],
    ['respondedOnTime', data.rates.respondedOnTime],
    ['satisfied', data.rates.satisfied],
  ] as const;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, xs: 4, md: 2 }} spacing="xs">
        {rates.map(([key, value]) => (
          <div key={key}>
            <Text fz="xl" fw={700}>
              {percent(value) ?? none}
            </Text>
            <Text fz="xs" c="dimmed">
              {t(`feedback.updates.rates.${key}`)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <BreakdownTable dimension="category" data={data.breakdowns.category} />
      <BreakdownTable dimension="channel" data={data.breakdowns.channel} />
      <BreakdownTable dimension="satisfaction" data={data.breakdowns.satisfaction} />
      {data.suppressed && (
        <Text fz="xs" c="dimmed">
          {t('feedback.updates.suppressed')}
        </Text>
      )}
    </Stack>
  );
}

interface UpdatesTrendsProps {
  period: Period;
  onChange: (period: Period) => void;
}

/**
 * The period and what the community told us in it: totals by category, channel and satisfaction
 * with the answer, rates.
 */
export function UpdatesTrends({ period, onChange }: UpdatesTrendsProps) {
  const { t } = useTranslation();
  const valid = isValidPeriod(period);
  const dashboard = useQuery({ ...dashboardQuery(period.from, period.to), enabled: valid });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="updates-trends-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="updates-trends-title">
          {t('feedback.updates.trendsTitle')}
        </Title>
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            type="date"
            label={t('feedback.updates.periodFrom')}
            value={period.from}
            max={period.to || undefined}
            onChange={(event) => onChange({ ...period, from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('feedback.updates.periodTo')}
            value={period.to}
            min={period.from || undefined}
            error={!valid && t('feedback.updates.periodInvalid')}
            onChange={(event) => onChange({ ...period, to: event.currentTarget.value })}
          />
        </SimpleGrid>
        {valid && (
          <QueryView query={dashboard} isEmpty={() => false} emptyMessage="">
            {(data) => <Trends data={data} />}
          </QueryView>
        )}
      </Stack>
    </Paper>
  );
}
