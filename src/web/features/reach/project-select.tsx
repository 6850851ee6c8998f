import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { projectsQuery } from '../projects/projects.api.js';

interface ProjectSelectProps {
  value: string | null;
  onChange: (id: string | null) => void;
  required?: boolean;
  label?: string;
}

/** A project picker over the projects the caller may see (first 200, by code). */
export function ProjectSelect({ value, onChange, required, label }: ProjectSelectProps) {
  const { t } = useTranslation();
  const projects = useQuery(projectsQuery({ page: 1, pageSize: 200, sort: 'code' as never }));
  return (
    <Select
      label={label ?? t('reach.project')}
      placeholder={t('reach.chooseProject')}
      data={(projects.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.code} — ${p.title}`,
      }))}
      value={value}
      onChange={onChange}
      searchable
      clearable={!required}
      required={required}
      nothingFoundMessage={t('reach.noProject')}
    />
  );
}
