import { Autocomplete, MultiSelect, Select, TagsInput } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBound, fieldMessage, type BoundFieldProps } from '../../lib/bound-field.js';
import { useOfficeOptions } from '../../lib/use-options.js';
import { useQuery } from '@tanstack/react-query';
import { officesQuery } from '../users/users.api.js';
import {
  useCountryOptions,
  useSectorOptions,
  useTargetGroupOptions,
} from './use-project-options.js';

type Props<T extends FieldValues, C, U extends FieldValues> = BoundFieldProps<T, C, U>;

/** The country: picked among the offices' countries and all others, or typed as a code. */
export function CountryField<T extends FieldValues, C, U extends FieldValues>(
  props: Props<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  return (
    <Autocomplete
      label={t('projects.fields.country')}
      description={t('projects.fields.countryHint')}
      data={useCountryOptions()}
      value={(field.value as string | undefined) ?? ''}
      onChange={(value) => field.onChange(value.trim().toUpperCase())}
      onBlur={field.onBlur}
      error={fieldMessage(fieldState.error, t('projects.fields.countryInvalid'))}
      required
      autoComplete="off"
    />
  );
}

/** The office running the project; only offices in the chosen country are offered. */
export function OfficeField<T extends FieldValues, C, U extends FieldValues>(
  props: Props<T, C, U> & { country: string },
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  const all = useOfficeOptions();
  const offices = useQuery(officesQuery).data?.items ?? [];
  const inCountry = new Set(offices.filter((o) => o.country === props.country).map((o) => o.id));
  const options = props.country ? all.options.filter((o) => inCountry.has(o.value)) : all.options;
  return (
    <Select
      label={t('projects.fields.office')}
      data={options}
      value={(field.value as string | null | undefined) ?? null}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      clearable
      disabled={all.isLoading}
      nothingFoundMessage={t('common.noMatch')}
    />
  );
}

/** The sectors of assistance (at least one). */
export function SectorsField<T extends FieldValues, C, U extends FieldValues>(
  props: Props<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  return (
    <MultiSelect
      label={t('projects.fields.sectors')}
      data={useSectorOptions()}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      required
      searchable
      nothingFoundMessage={t('common.noMatch')}
    />
  );
}

/** The population groups the project targets. */
export function TargetGroupsField<T extends FieldValues, C, U extends FieldValues>(
  props: Props<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  return (
    <MultiSelect
      label={t('projects.fields.targetGroups')}
      data={useTargetGroupOptions()}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}

/** Implementing partners, typed one by one (Enter or comma adds one). */
export function PartnersField<T extends FieldValues, C, U extends FieldValues>(
  props: Props<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  return (
    <TagsInput
      label={t('projects.fields.partners')}
      description={t('projects.fields.partnersHint')}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      clearable
    />
  );
}

/** Administrative areas (states, districts, P-codes), typed one by one. */
export function AdminAreasField<T extends FieldValues, C, U extends FieldValues>(
  props: Props<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  return (
    <TagsInput
      label={t('projects.fields.adminAreas')}
      description={t('projects.fields.adminAreasHint')}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      clearable
    />
  );
}
