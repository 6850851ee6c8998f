import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ParticipationByGroupView } from '../../../core/participation/participation-api.schema.js';
import { directionOf } from '../../../core/shared/language.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';

const COLOURS: Record<string, string> = {
  total: '#1864ab',
  female: '#9c36b5',
  male: '#1971c2',
  other: '#2b8a3e',
  not_stated: '#5c5f66',
};

/** Participants per age bracket, stacked by sex; suppressed cells are left out (shown as such in the table). */
export function ParticipationChart({ view }: { view: ParticipationByGroupView }) {
  const { t } = useTranslation();
  const rtl = directionOf(useLanguage()) === 'rtl';
  // Published figures hide most sex × age cells: chart the bracket totals that remain instead.
  const series = view.suppressed ? ['total'] : view.sexes;
  const data = view.ageBrackets.map((bracket, row) => ({
    bracket,
    total: view.bracketTotals[row] ?? 0,
    ...Object.fromEntries(view.sexes.map((sex, s) => [sex, view.cells[row]![s] ?? 0])),
  }));
  const summary = view.ageBrackets
    .map((b, row) => `${b}: ${view.bracketTotals[row] ?? t('participation.chart.suppressed')}`)
    .join('; ');
  return (
    <figure
      className="share-chart"
      role="img"
      aria-label={`${t('participation.chart.figure')}: ${summary}`}
    >
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="bracket" reversed={rtl} />
          <YAxis allowDecimals={false} orientation={rtl ? 'right' : 'left'} />
          <Tooltip />
          <Legend />
          {series.map((sex) => (
            <Bar
              key={sex}
              dataKey={sex}
              name={
                sex === 'total' ? t('participation.chart.total') : t(`participation.sexes.${sex}`)
              }
              stackId="sex"
              fill={COLOURS[sex]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

const cell = (value: number | null, hidden: string) =>
  value === null ? <abbr title={hidden}>*</abbr> : value;

/** The same figures as a table, with the totals; `*` marks a suppressed cell. */
export function ParticipationTable({ view }: { view: ParticipationByGroupView }) {
  const { t } = useTranslation();
  const hidden = t('participation.chart.suppressed');
  return (
    <>
      <TableRegion label={t('participation.chart.tableCaption')} minWidth={480}>
        <Table striped verticalSpacing={4}>
          <Table.Caption>{t('participation.chart.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('participation.form.age')}</Table.Th>
              {view.sexes.map((sex) => (
                <Table.Th key={sex} scope="col">
                  {t(`participation.sexes.${sex}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('participation.chart.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.ageBrackets.map((bracket, row) => (
              <Table.Tr key={bracket}>
                <Table.Th scope="row" className="nowrap">
                  <bdi>{bracket}</bdi>
                </Table.Th>
                {view.sexes.map((sex, s) => (
                  <Table.Td key={sex}>{cell(view.cells[row]![s]!, hidden)}</Table.Td>
                ))}
                <Table.Td>{cell(view.bracketTotals[row]!, hidden)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('participation.chart.total')}</Table.Th>
              {view.sexTotals.map((v, s) => (
                <Table.Td key={s}>{cell(v, hidden)}</Table.Td>
              ))}
              <Table.Td fw={700}>{cell(view.total, hidden)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </TableRegion>
      <Text mt="sm">
        {view.groups
          .map((g) => `${t(`participation.groups.${g.group}`)}: ${g.count ?? '*'}`)
          .join(' · ')}
      </Text>
      {view.suppressed && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('participation.chart.suppressedNote')}
        </Text>
      )}
    </>
  );
}
