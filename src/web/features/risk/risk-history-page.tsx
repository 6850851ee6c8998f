import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useCurrentUser } from '../auth/use-me.js';
import { InterventionForm } from './intervention-form.js';
import { InterventionsSection } from './interventions-section.js';
import { OutcomeChanges } from './outcome-changes.js';
import { OutcomeChart, OutcomeTable } from './outcome-chart.js';
import { riskHistoryQuery } from './risk.api.js';
import { canEditRisks, placeName, useRiskNames } from './risk-labels.js';

/** One risk in one place over time: the outcome trend, the changes, interventions and projects. */
export function RiskHistoryPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { role } = useCurrentUser();
  const { nameOf } = useRiskNames();
  const [params] = useSearchParams();
  const location = params.get('location') ?? '';
  const risk = params.get('risk') ?? '';
  const history = useQuery({
    ...riskHistoryQuery(location, risk),
    enabled: Boolean(location && risk),
  });
  return (
    <QueryView
      query={history}
      isEmpty={(h) => h.points.length === 0}
      emptyMessage={t('risk.history.empty')}
    >
      {(h) => (
        <Stack gap="lg">
          <PageHeader
            title={nameOf(h.riskCode)}
            description={`${placeName(h.place, h.locationPcode, lang)} (${h.locationPcode})`}
          />
          <section aria-labelledby="trend-heading">
            <Title id="trend-heading" order={2} fz="h3" mb="xs">
              {t('risk.history.trend')}
            </Title>
            <OutcomeChart history={h} />
            <OutcomeTable history={h} editable={canEditRisks(role)} />
          </section>
          <section aria-labelledby="changes-heading">
            <Title id="changes-heading" order={2} fz="h3" mb="xs">
              {t('risk.history.outcomes')}
            </Title>
            <OutcomeChanges changes={h.changes} />
          </section>
          <InterventionsSection points={h.points} />
          {canEditRisks(role) && (
            <section aria-labelledby="add-heading">
              <Title id="add-heading" order={2} fz="h3" mb="xs">
                {t('risk.intervention.add')}
              </Title>
              <InterventionForm analysisId={h.points[h.points.length - 1]!.id} />
            </section>
          )}
        </Stack>
      )}
    </QueryView>
  );
}
