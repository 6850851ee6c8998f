import { Autocomplete, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListProjectsQuery } from '../../../core/projects/project.schema.js';
import { countActive, FiltersDisclosure } from '../../components/filters-disclosure.js';
import { SearchInput } from '../../components/search-input.js';
import { useCountryOptions, usePhaseOptions, useSectorOptions } from './use-project-options.js';

export interface ProjectFilterValues {
  country?: string;
  sector?: string;
  phase?: string;
  partner?: string;
}

interface ProjectFiltersProps {
  values: ProjectFilterValues;
  onChange: (changes: ProjectFilterValues) => void;
}

const WIDTH = { base: '100%', xs: 200 };

export const FILTER_KEYS = ['country', 'sector', 'phase', 'partner'] as const;

/** The country filter: a code picked from the list or typed; applied once it has 3 letters. */
function CountryFilter(props: { value?: string; onChange: (country: string | undefined) => void }) {
  const { t } = useTranslation();
  const onCountry = (value: string) => {
    const code = value.trim().toUpperCase();
    if (code === '' || /^[A-Z]{3}$/.test(code)) props.onChange(code || undefined);
  };
  return (
    <Autocomplete
      label={t('projects.filters.country')}
      placeholder={t('projects.filters.anyCountry')}
      data={useCountryOptions()}
      defaultValue={props.value ?? ''}
      onChange={onCountry}
      maxLength={60}
      clearable
      w={WIDTH}
    />
  );
}

/** Country (a 3-letter code, picked or typed), sector, phase and partner filters. */
export function ProjectFilters({ values, onChange }: ProjectFiltersProps) {
  const { t } = useTranslation();
  return (
    <>
      <CountryFilter value={values.country} onChange={(country) => onChange({ country })} />
      <Select
        label={t('projects.filters.sector')}
        placeholder={t('projects.filters.anySector')}
        data={useSectorOptions()}
        value={values.sector ?? null}
        onChange={(sector) => onChange({ sector: sector ?? undefined })}
        searchable
        clearable
        nothingFoundMessage={t('common.noMatch')}
        w={WIDTH}
      />
      <Select
        label={t('projects.filters.phase')}
        placeholder={t('projects.filters.anyPhase')}
        data={usePhaseOptions()}
        value={values.phase ?? null}
        onChange={(phase) => onChange({ phase: phase ?? undefined })}
        clearable
        w={WIDTH}
      />
      <SearchInput
        label={t('projects.filters.partner')}
        initialValue={values.partner ?? ''}
        onSearch={(partner) => onChange({ partner })}
        w={WIDTH}
      />
    </>
  );
}

interface ProjectsToolbarProps {
  query: ListProjectsQuery;
  onChange: (changes: ProjectFilterValues & { q?: string }) => void;
}

/** The search box and the filters of the projects list. */
export function ProjectsToolbar({ query, onChange }: ProjectsToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <SearchInput
        label={t('projects.filters.search')}
        initialValue={query.q ?? ''}
        onSearch={(q) => onChange({ q })}
        w={{ base: '100%', xs: 260 }}
      />
      <FiltersDisclosure active={countActive(query, FILTER_KEYS)}>
        <ProjectFilters values={query} onChange={onChange} />
      </FiltersDisclosure>
    </Group>
  );
}
