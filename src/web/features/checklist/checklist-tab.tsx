import { NativeSelect, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import type { Project } from '../../../core/projects/project.schema.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { CreateActionModal } from '../actions/create-action-modal.js';
import { checklistQuery } from './checklist.api.js';
import { PrincipleGroups } from './principle-groups.js';
import { ScoresPanel } from './scores-panel.js';
import { usePhaseInView, useItemPermissions, useScrollToItem } from './use-checklist-view.js';
import { WaiveModal } from './waive-modal.js';

function PhasePicker({ view }: { view: ReturnType<typeof usePhaseInView> }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('checklist.phase')}
      value={view.phase}
      onChange={(event) => view.choose(event.currentTarget.value)}
      data={view.phases.map((phase) => ({ value: phase, label: t(`projects.phases.${phase}`) }))}
      w={{ base: '100%', xs: 260 }}
    />
  );
}

/** The checklist of one phase: scores, then the items by principle, answerable in place. */
export function ChecklistTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const view = usePhaseInView(project);
  const query = useQuery(checklistQuery(project.id, view.phase, lang));
  const can = useItemPermissions(project, view.isAnswerable);
  const [waiving, setWaiving] = useState<ChecklistItemView | null>(null);
  const [actionFor, setActionFor] = useState<ChecklistItemView | null>(null);
  useScrollToItem(query.isSuccess);
  return (
    <Stack gap="md">
      <PhasePicker view={view} />
      <QueryView
        query={query}
        isEmpty={(d) => d.items.length === 0}
        emptyMessage={t('checklist.empty')}
      >
        {(data) => (
          <>
            <ScoresPanel scores={data.scores} />
            <PrincipleGroups
              projectId={project.id}
              items={data.items}
              onWaive={setWaiving}
              onCreateAction={setActionFor}
              {...can}
            />
          </>
        )}
      </QueryView>
      <WaiveModal projectId={project.id} item={waiving} onClose={() => setWaiving(null)} />
      <CreateActionModal
        projectId={project.id}
        item={actionFor}
        opened={actionFor !== null}
        onClose={() => setActionFor(null)}
      />
    </Stack>
  );
}
