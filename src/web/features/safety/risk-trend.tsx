import { Table, Title } from '@mantine/core';
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
import type { RiskTrend } from '../../../core/safety/safety-audit.schema.js';
import { directionOf } from '../../../core/shared/language.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';

const COLORS = { high: '#c92a2a', medium: '#e8590c', low: '#0c8599' } as const;
const LEVELS = ['high', 'medium', 'low'] as const;

/** High, medium and low findings per audit as stacked bars, and the same figures as a table. */
export function RiskTrendSection({ trend }: { trend: RiskTrend }) {
  const { t } = useTranslation();
  const rtl = directionOf(useLanguage()) === 'rtl';
  const summary = trend.points.map((p) => `${p.date}: ${t('safety.counts', p)}`).join('; ');
  return (
    <section aria-labelledby="trend-title">
      <Title order={2} size="h3" id="trend-title" mb="sm">
        {t('safety.trend.title')}
      </Title>
      <figure
        className="share-chart"
        role="img"
        aria-label={`${t('safety.trend.title')}: ${summary}`}
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={trend.points} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" reversed={rtl} />
            <YAxis allowDecimals={false} orientation={rtl ? 'right' : 'left'} />
            <Tooltip />
            <Legend />
            {LEVELS.map((level) => (
              <Bar
                key={level}
                dataKey={level}
                name={t(`safety.risk.${level}`)}
                stackId="risk"
                fill={COLORS[level]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <TableRegion label={t('safety.trend.caption')} minWidth={360}>
        <Table striped verticalSpacing="xs">
          <Table.Caption className="visually-hidden">{t('safety.trend.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('safety.audits.columns.date')}</Table.Th>
              {LEVELS.map((level) => (
                <Table.Th key={level}>{t(`safety.risk.${level}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trend.points.map((p) => (
              <Table.Tr key={p.auditId}>
                <Table.Td className="nowrap">{p.date}</Table.Td>
                <Table.Td>{p.high}</Table.Td>
                <Table.Td>{p.medium}</Table.Td>
                <Table.Td>{p.low}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
    </section>
  );
}
