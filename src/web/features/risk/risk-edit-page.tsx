import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { LinkedProjectsForm } from './linked-projects-form.js';
import { riskAnalysisQuery } from './risk.api.js';
import { historyPath } from './risk-format.js';
import { RiskForm } from './risk-form.js';
import { placeName, useRiskNames } from './risk-labels.js';

/** Revising one analysis and choosing the projects that target its risk. */
export function RiskEditPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const { nameOf } = useRiskNames();
  const { id = '' } = useParams();
  const analysis = useQuery(riskAnalysisQuery(id));
  return (
    <QueryView query={analysis} isEmpty={() => false} emptyMessage="">
      {(a) => (
        <Stack gap="lg">
          <PageHeader
            title={t('risk.edit.title')}
            description={`${nameOf(a.riskCode)} · ${placeName(a.place, a.locationPcode, lang)} · ${a.date}`}
          />
          <RiskForm
            key={a.version}
            analysis={a}
            onDone={(saved) => void navigate(historyPath(saved.locationPcode, saved.riskCode))}
            onCancel={() => void navigate(historyPath(a.locationPcode, a.riskCode))}
          />
          <section aria-labelledby="projects-heading">
            <Title id="projects-heading" order={2} fz="h3" mb="xs">
              {t('risk.history.projects')}
            </Title>
            <LinkedProjectsForm analysis={a} />
          </section>
        </Stack>
      )}
    </QueryView>
  );
}
