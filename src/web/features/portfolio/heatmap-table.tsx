import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Portfolio } from '../../../core/projects/portfolio.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { countryLabel } from '../../lib/country-names.js';
import { formatPercent, scoreBand } from '../../lib/format-score.js';
import { useFrameworkNames } from '../projects/use-project-options.js';

type Cell = Portfolio['heatmap'][number];

function HeatCell({ cell }: { cell: Cell | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!cell) {
    return (
      <Table.Td className="heat-cell heat-none">
        <Text span size="xs">
          {t('portfolio.noScore')}
        </Text>
      </Table.Td>
    );
  }
  if (cell.suppressed) {
    return (
      <Table.Td className="heat-cell heat-none" title={t('portfolio.suppressed')}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('portfolio.suppressed')}</span>
      </Table.Td>
    );
  }
  return (
    <Table.Td className={`heat-cell heat-${scoreBand(cell.score)}`}>
      <Text span fw={700} size="sm">
        {formatPercent(cell.score, lang) ?? t('portfolio.noScore')}
      </Text>
      {cell.projects !== null && (
        <Text span size="xs" display="block">
          {t('portfolio.projectsCount', { count: cell.projects })}
        </Text>
      )}
    </Table.Td>
  );
}

function HeatmapHead({ sectors }: { sectors: string[] }) {
  const { t } = useTranslation();
  const { sectorName } = useFrameworkNames();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">{t('portfolio.principle')}</Table.Th>
        {sectors.map((sector) => (
          <Table.Th key={sector} scope="col">
            {sectorName(sector)}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** One country's heatmap: principles in rows, sectors in columns, the score printed in each cell. */
export function HeatmapTable({ country, cells }: { country: string; cells: Cell[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { principles, sectors, principleName } = useFrameworkNames();
  const sectorOrder = sectors.map((s) => s.code);
  const used = [...new Set(cells.map((c) => c.sector))].sort(
    (a, b) => sectorOrder.indexOf(a) - sectorOrder.indexOf(b),
  );
  const principleCodes =
    principles.length > 0
      ? principles.map((p) => p.code)
      : [...new Set(cells.map((c) => c.principle))];
  const byKey = new Map(cells.map((c) => [`${c.principle}|${c.sector}`, c]));
  const caption = t('portfolio.heatmapCaption', { country: countryLabel(country, lang) });
  return (
    <TableRegion label={caption} minWidth={200 + used.length * 120}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" className="heatmap">
        <Table.Caption>{caption}</Table.Caption>
        <HeatmapHead sectors={used} />
        <Table.Tbody>
          {principleCodes.map((principle) => (
            <Table.Tr key={principle}>
              <Table.Th scope="row">{principleName(principle)}</Table.Th>
              {used.map((sector) => (
                <HeatCell key={sector} cell={byKey.get(`${principle}|${sector}`)} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

/** What the colours and "—" mean. */
export function HeatmapLegend() {
  const { t } = useTranslation();
  return (
    <ul className="plain-list heat-legend">
      <li>
        <span className="heat-swatch heat-high" aria-hidden="true" />
        {t('portfolio.legend.high')}
      </li>
      <li>
        <span className="heat-swatch heat-medium" aria-hidden="true" />
        {t('portfolio.legend.medium')}
      </li>
      <li>
        <span className="heat-swatch heat-low" aria-hidden="true" />
        {t('portfolio.legend.low')}
      </li>
      <li>
        <span aria-hidden="true">—</span> {t('portfolio.suppressed')}
      </li>
    </ul>
  );
}
