import { Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Project } from '../../../core/projects/project.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { useCan } from '../../lib/permissions.js';
import { ActionsTab } from '../actions/actions-tab.js';
import { ChecklistTab } from '../checklist/checklist-tab.js';
import { HistoryTab } from '../checklist/history-tab.js';
import { WaiversTab } from '../checklist/waivers-tab.js';
import { EditProjectModal } from './edit-project-modal.js';
import { LifecycleSteps } from './lifecycle-steps.js';
import { ProjectHeader } from './project-header.js';
import { projectQuery } from './projects.api.js';
import { TransitionBar } from './transition-bar.js';

const TABS = ['checklist', 'waivers', 'actions', 'history'] as const;
type Tab = (typeof TABS)[number];

const TAB_LABELS: Record<Tab, string> = {
  checklist: 'project.tabs.checklist',
  waivers: 'project.tabs.waivers',
  actions: 'project.tabs.actions',
  history: 'project.tabs.history',
};

function ProjectTabs({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.find((name) => name === requested) ?? 'checklist';
  const onChange = (value: string | null) =>
    setParams(value && value !== 'checklist' ? { tab: value } : {}, { replace: true });
  return (
    <Tabs value={tab} onChange={onChange} mt="lg" keepMounted={false}>
      <Tabs.List className="no-print">
        {TABS.map((name) => (
          <Tabs.Tab key={name} value={name}>
            {t(TAB_LABELS[name])}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="checklist" pt="md">
        <ChecklistTab project={project} />
      </Tabs.Panel>
      <Tabs.Panel value="waivers" pt="md">
        <WaiversTab project={project} />
      </Tabs.Panel>
      <Tabs.Panel value="actions" pt="md">
        <ActionsTab project={project} />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <HistoryTab project={project} />
      </Tabs.Panel>
    </Tabs>
  );
}

/** A project: header, life-cycle, the moves allowed, and its checklist, waivers, actions, history. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useQuery(projectQuery(id));
  const canEdit = useCan('projects', 'update');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const project = query.data;
  const created = params.has('created') ? t('project.created', { code: project.code }) : null;
  return (
    <>
      <SuccessAlert
        message={saved ?? created}
        onClose={() => {
          setSaved(null);
          if (created) setParams({}, { replace: true });
        }}
      />
      <ProjectHeader project={project} onEdit={canEdit ? () => setEditing(true) : undefined} />
      <EditProjectModal
        project={project}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={(updated) => setSaved(t('project.saved', { code: updated.code }))}
      />
      <LifecycleSteps phase={project.phase} />
      <TransitionBar project={project} />
      <ProjectTabs project={project} />
    </>
  );
}
