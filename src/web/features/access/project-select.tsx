import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { projectsQuery } from '../projects/projects.api.js';

/** A project to narrow the analysis to (staff only: viewers do not list projects). */
export function ProjectSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const projects = useQuery(projectsQuery({ page: 1, pageSize: 200, sort: 'code' }));
  const data = (projects.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} — ${p.title}`,
  }));
  return (
    <Select
      label={t('access.filters.project')}
      placeholder={t('access.filters.allProjects')}
      data={data}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      searchable
      clearable
      w={280}
    />
  );
}
