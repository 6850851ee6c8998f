import { Button, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { QueryView } from '../../components/query-view.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { ACTION_EDITORS, useCan } from '../../lib/permissions.js';
import { projectActionsQuery } from './actions.api.js';
import { ActionsTable } from './actions-table.js';
import { CreateActionModal } from './create-action-modal.js';

/** The follow-up actions of a project, overdue first; new ones and status changes. */
export function ActionsTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const query = useQuery(projectActionsQuery(project.id));
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const canCreate = useCan('actions', 'create', ACTION_EDITORS);
  const canEdit = useCan('actions', 'update', ACTION_EDITORS);
  return (
    <Stack gap="sm">
      <SuccessAlert message={done} onClose={() => setDone(null)} />
      {canCreate && (
        <Group>
          <Button onClick={() => setCreating(true)}>{t('actions.new')}</Button>
        </Group>
      )}
      <QueryView
        query={query}
        isEmpty={(data) => data.items.length === 0}
        emptyMessage={t('actions.empty')}
      >
        {(data) => (
          <ActionsTable actions={data.items} caption={t('actions.caption')} canEdit={canEdit} />
        )}
      </QueryView>
      <CreateActionModal
        projectId={project.id}
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(action) => setDone(t('actions.created', { title: action.title }))}
      />
    </Stack>
  );
}
