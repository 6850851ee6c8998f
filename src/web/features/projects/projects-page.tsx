import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { listProjectsQuerySchema } from '../../../core/projects/project.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCan } from '../../lib/permissions.js';
import { CreateProjectModal } from './create-project-modal.js';
import { ProjectsToolbar } from './projects-filters.js';
import { ProjectsList } from './projects-list.js';

/** The projects of the user's scope: search, filter, sort, register a new one. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { query, update } = useListParams(listProjectsQuerySchema);
  const [creating, setCreating] = useState(false);
  const canCreate = useCan('projects', 'create');
  return (
    <>
      <PageHeader
        title={t('projects.title')}
        description={t('projects.intro')}
        actions={
          canCreate && <Button onClick={() => setCreating(true)}>{t('projects.new')}</Button>
        }
      />
      <ProjectsToolbar query={query} onChange={update} />
      <ProjectsList query={query} onQueryChange={update} />
      <CreateProjectModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(project) => void navigate(`/projects/${project.id}?created=1`)}
      />
    </>
  );
}
