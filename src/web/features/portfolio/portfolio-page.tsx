import { Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { portfolioQuerySchema, type Portfolio } from '../../../core/projects/portfolio.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useListParams } from '../../lib/use-list-params.js';
import { countActive, FiltersDisclosure } from '../../components/filters-disclosure.js';
import { FILTER_KEYS, ProjectFilters } from '../projects/projects-filters.js';
import { ExportLinks } from './export-links.js';
import { HeatmapLegend, HeatmapTable } from './heatmap-table.js';
import { portfolioQuery } from './portfolio.api.js';
import { BlockedProjects, PhaseTotals, Section, TopUnmet } from './portfolio-sections.js';
import { TrendChart } from './trend-chart.js';

function byCountry(heatmap: Portfolio['heatmap']) {
  const groups = new Map<string, Portfolio['heatmap']>();
  for (const cell of heatmap) groups.set(cell.country, [...(groups.get(cell.country) ?? []), cell]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

function PortfolioBody({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Section id="totals" title={t('portfolio.totals')}>
        <PhaseTotals totals={portfolio.totals} />
      </Section>
      <Section id="heatmap" title={t('portfolio.heatmap')}>
        <Stack gap="md">
          {byCountry(portfolio.heatmap).map(([country, cells]) => (
            <HeatmapTable key={country} country={country} cells={cells} />
          ))}
          <HeatmapLegend />
        </Stack>
      </Section>
      <Section id="blocked" title={t('portfolio.blocked')}>
        <BlockedProjects portfolio={portfolio} />
      </Section>
      <Section id="unmet" title={t('portfolio.topUnmet')}>
        <TopUnmet items={portfolio.topUnmet} />
      </Section>
      <Section id="trend" title={t('portfolio.trend')}>
        <TrendChart trend={portfolio.trend} />
      </Section>
    </Stack>
  );
}

/** The whole portfolio: scores by principle and sector per country, blocked projects, trends. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { query, update } = useListParams(portfolioQuerySchema);
  const portfolio = useQuery(portfolioQuery(query));
  return (
    <>
      <PageHeader
        title={t('portfolio.title')}
        description={t('portfolio.intro')}
        actions={<ExportLinks query={query} />}
      />
      <Group align="flex-end" gap="sm" mb="lg">
        <FiltersDisclosure active={countActive(query, FILTER_KEYS)}>
          <ProjectFilters values={query} onChange={update} />
        </FiltersDisclosure>
      </Group>
      <QueryView
        query={portfolio}
        isEmpty={(data) => data.totals.projects === 0}
        emptyMessage={t('portfolio.empty')}
      >
        {(data) => <PortfolioBody portfolio={data} />}
      </QueryView>
    </>
  );
}
