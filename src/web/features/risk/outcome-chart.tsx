import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { RiskHistory } from '../../../core/risk/risk-history.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { directionOf } from '../../../core/shared/language.js';
import { useLanguage } from '../../i18n/use-language.js';
import { BandBadge } from './band-badge.js';
import { formatScore } from './risk-format.js';

/** The score at each analysis as a line (lower is better); the same figures in the table below. */
export function OutcomeChart({ history }: { history: RiskHistory }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rtl = directionOf(lang) === 'rtl';
  const data = history.points.map((p) => ({ date: p.date, score: p.risk.score }));
  const summary = data.map((d) => `${d.date}: ${formatScore(d.score, lang)}`).join('; ');
  return (
    <figure
      className="share-chart"
      role="img"
      aria-label={`${t('risk.history.trend')}: ${summary}`}
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" reversed={rtl} />
          <YAxis domain={[0, 25]} orientation={rtl ? 'right' : 'left'} />
          <Tooltip
            formatter={(value) => [formatScore(Number(value), lang), t('risk.columns.score')]}
          />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="score"
            stroke="#c92a2a"
            strokeWidth={2}
            dot={{ r: 5 }}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The series as a table: date, the three ratings, the score and band; editors revise from it. */
export function OutcomeTable({ history, editable }: { history: RiskHistory; editable: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <TableRegion label={t('risk.history.tableCaption')} minWidth={520}>
      <Table verticalSpacing={4} striped>
        <Table.Caption>{t('risk.history.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['date', 'threat', 'vulnerability', 'capacity', 'score', 'band'] as const).map(
              (c) => (
                <Table.Th key={c} scope="col">
                  {t(`risk.columns.${c}`)}
                </Table.Th>
              ),
            )}
            {editable && (
              <Table.Th scope="col">
                <span className="visually-hidden">{t('risk.edit.column')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.points.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td className="nowrap">{p.date}</Table.Td>
              <Table.Td>{p.ratings.threat}</Table.Td>
              <Table.Td>{p.ratings.vulnerability}</Table.Td>
              <Table.Td>{p.ratings.capacity}</Table.Td>
              <Table.Td>{formatScore(p.risk.score, lang)}</Table.Td>
              <Table.Td>
                <BandBadge {...p.risk} />
              </Table.Td>
              {editable && (
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/risks/${p.id}/edit`}
                    aria-label={t('risk.edit.linkLabel', { date: p.date })}
                  >
                    {t('common.edit')}
                  </Anchor>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
