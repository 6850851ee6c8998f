import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Action } from '../../../core/projects/action.schema.js';
import type { ChecklistView, Waiver } from '../../../core/checklists/checklist.schema.js';
import { CHECKLIST_PHASES } from '../../../core/projects/phase.js';
import type { Project } from '../../../core/projects/project.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { projectActionsQuery } from '../actions/actions.api.js';
import { checklistQuery, waiversQuery } from '../checklist/checklist.api.js';
import { projectQuery } from '../projects/projects.api.js';
import { ReportActions, ReportWaivers } from './report-extras.js';
import { ReportFacts } from './report-facts.js';
import { ReportPhase } from './report-phase.js';
import { ReportScores } from './report-scores.js';

function useReportData(id: string) {
  const lang = useLanguage();
  const [project, checklist, waivers, actions] = useQueries({
    queries: [
      projectQuery(id),
      checklistQuery(id, undefined, lang),
      waiversQuery(id),
      projectActionsQuery(id),
    ],
  });
  return { project, checklist, waivers, actions, all: [project, checklist, waivers, actions] };
}

function ReportTitle({ project }: { project: Project }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <Group justify="space-between" className="no-print" mb="md">
        <Anchor component={Link} to={`/projects/${project.id}`}>
          {t('report.back')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('report.print')}</Button>
      </Group>
      <Stack gap={4} mb="lg">
        <Text fw={600}>{t('report.title')}</Text>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          <bdi>{project.code}</bdi> — {project.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('report.generated', { at: formatDateTime(new Date().toISOString(), lang) })}
        </Text>
      </Stack>
    </>
  );
}

function ReportSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="report-section">
      <Title order={2} fz="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

interface ReportBodyProps {
  project: Project;
  checklist: ChecklistView;
  waivers: Waiver[];
  actions: Action[];
}

function ReportBody({ project, checklist, waivers, actions }: ReportBodyProps) {
  const { t } = useTranslation();
  return (
    <article className="report">
      <ReportTitle project={project} />
      <ReportFacts project={project} />
      <ReportSection id="report-scores" title={t('report.scores')}>
        <ReportScores scores={checklist.scores} />
        <Text size="sm">{t('checklist.scores.how')}</Text>
      </ReportSection>
      {CHECKLIST_PHASES.map((phase) => {
        const items = checklist.items.filter((item) => item.phase === phase);
        return items.length > 0 && <ReportPhase key={phase} phase={phase} items={items} />;
      })}
      <ReportSection id="report-waivers" title={t('project.tabs.waivers')}>
        <ReportWaivers waivers={waivers} items={checklist.items} />
      </ReportSection>
      <ReportSection id="report-actions" title={t('project.tabs.actions')}>
        <ReportActions actions={actions} />
      </ReportSection>
    </article>
  );
}

/** The printable protection-mainstreaming report of a project, in the interface language. */
export function ReportPage() {
  const { id = '' } = useParams();
  const data = useReportData(id);
  const failed = data.all.find((query) => query.isError);
  if (failed) {
    const retry = () => data.all.forEach((query) => void query.refetch());
    return <ErrorAlert error={failed.error} onRetry={retry} />;
  }
  const { project, checklist, waivers, actions } = data;
  if (!project.data || !checklist.data || !waivers.data || !actions.data) return <PageLoader />;
  return (
    <ReportBody
      project={project.data}
      checklist={checklist.data}
      waivers={waivers.data.items}
      actions={actions.data.items}
    />
  );
}
