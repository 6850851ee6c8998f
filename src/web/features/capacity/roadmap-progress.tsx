import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PillarProgress } from '../../../core/capacity/roadmap.schema.js';
import { directionOf } from '../../../core/shared/language.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';

/** Share of milestones done per pillar: a bar chart described in words, and the same figures as a table. */
export function RoadmapProgress({ items }: { items: PillarProgress[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rtl = directionOf(lang) === 'rtl';
  const data = items.map((p) => ({
    name: t(`roadmap.pillars.${p.pillar}`),
    done: p.percentDone ?? 0,
  }));
  const summary = items
    .map((p) =>
      t('roadmap.progress.chartItem', {
        pillar: t(`roadmap.pillars.${p.pillar}`),
        done: p.done,
        total: p.total,
      }),
    )
    .join('; ');
  return (
    <>
      <figure
        role="img"
        aria-label={`${t('roadmap.progress.title')}: ${summary}`}
        style={{ margin: 0 }}
      >
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" reversed={rtl} interval={0} fontSize={12} />
            <YAxis unit="%" domain={[0, 100]} orientation={rtl ? 'right' : 'left'} />
            <Tooltip formatter={(value) => `${String(value)} %`} />
            <Bar dataKey="done" name={t('roadmap.progress.done')} fill="#1c7ed6" />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <TableRegion label={t('roadmap.progress.caption')} minWidth={480}>
        <Table striped verticalSpacing="xs" mb="lg">
          <Table.Caption className="visually-hidden">{t('roadmap.progress.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roadmap.columns.pillar')}</Table.Th>
              <Table.Th>{t('roadmap.progress.done')}</Table.Th>
              <Table.Th>{t('roadmap.progress.share')}</Table.Th>
              <Table.Th>{t('roadmap.progress.overdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.pillar} data-pillar={p.pillar}>
                <Table.Td>{t(`roadmap.pillars.${p.pillar}`)}</Table.Td>
                <Table.Td>
                  {t('roadmap.progress.ofTotal', { done: p.done, total: p.total })}
                </Table.Td>
                <Table.Td>
                  {p.percentDone === null
                    ? '—'
                    : `${new Intl.NumberFormat(lang).format(p.percentDone)} %`}
                </Table.Td>
                <Table.Td>
                  {p.overdue > 0 ? (
                    <Badge color="red" variant="light">
                      {p.overdue}
                    </Badge>
                  ) : (
                    0
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
    </>
  );
}
