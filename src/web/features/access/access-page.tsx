import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reachTableQuerySchema } from '../../../core/access/access-report.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useListParams } from '../../lib/use-list-params.js';
import { isStaff } from '../../lib/permissions.js';
import { useCurrentUser } from '../auth/use-me.js';
import { settingsQuery } from '../settings/settings.api.js';
import { AccessFilters } from './access-filters.js';
import { accessAnalysisQuery, reachTableQuery } from './access.api.js';
import { ExclusionAlerts } from './exclusion-alerts.js';
import { FindingsTable } from './findings-table.js';
import { PlaceTable } from './place-table.js';
import { ProjectSelect } from './project-select.js';
import { ShareChart } from './share-chart.js';

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} fz="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

/**
 * Meaningful access: who is reached against who lives there, group by group, with the groups left
 * out named first; then the people reached by place, drilling down the admin levels.
 */
export function AccessPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(reachTableQuerySchema);
  const { project, location, periodFrom, periodTo } = query;
  const analysis = useQuery(accessAnalysisQuery({ project, location, periodFrom, periodTo }));
  const table = useQuery(reachTableQuery(query));
  // Viewers see places no finer than the organisation's published admin level.
  const settings = useQuery({ ...settingsQuery, enabled: !isStaff(role) });
  const finest = isStaff(role) ? 3 : (settings.data?.publishedAdminLevel ?? 1);
  const drill =
    query.level < finest
      ? (pcode: string) => update({ location: pcode, level: query.level + 1 })
      : undefined;
  return (
    <>
      <PageHeader title={t('access.title')} description={t('access.intro')} />
      <Stack gap="sm" mb="lg">
        {isStaff(role) && (
          <ProjectSelect value={project} onChange={(id) => update({ project: id })} />
        )}
        <AccessFilters key={location ?? ''} query={query} onChange={update} />
      </Stack>
      <Stack gap="xl">
        <QueryView
          query={analysis}
          isEmpty={(data) => data.findings.length === 0}
          emptyMessage={t('access.empty')}
        >
          {(report) => (
            <Stack gap="xl">
              <Section id="alerts" title={t('access.alertsHeading')}>
                <ExclusionAlerts report={report} />
                {report.placesWithoutBaseline.length > 0 && (
                  <Text size="sm" mt="xs" c="dimmed">
                    {t('access.placesWithoutBaseline', {
                      count: report.placesWithoutBaseline.length,
                      places: report.placesWithoutBaseline.slice(0, 10).join(', '),
                    })}
                  </Text>
                )}
              </Section>
              <Section id="shares" title={t('access.chartTitle')}>
                <ShareChart report={report} dimension={query.columns} />
              </Section>
              <Section id="findings" title={t('access.findingsTitle')}>
                <FindingsTable report={report} />
                <Text size="xs" c="dimmed" mt="xs">
                  {t('access.testLegend', {
                    alpha: report.test.alpha,
                    gap: Math.round(report.test.minRelativeGap * 100),
                  })}
                  {report.disclosureThreshold !== null &&
                    ` ${t('access.withheldLegend', { threshold: report.disclosureThreshold })}`}
                </Text>
              </Section>
            </Stack>
          )}
        </QueryView>
        <Section id="places" title={t('access.placesTitle')}>
          {location && (
            <Breadcrumbs mb="sm">
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => update({ location: undefined, level: 1 })}
              >
                {t('access.allPlaces')}
              </Anchor>
              <Text size="sm">{location}</Text>
            </Breadcrumbs>
          )}
          <QueryView
            query={table}
            isEmpty={(data) => data.rows.length === 0}
            emptyMessage={t('access.noPlaces')}
          >
            {(data) => <PlaceTable table={data} onDrill={drill} />}
          </QueryView>
        </Section>
      </Stack>
    </>
  );
}
