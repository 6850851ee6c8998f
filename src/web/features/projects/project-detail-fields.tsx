import { SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage, useBound, type BoundFieldProps } from '../../lib/bound-field.js';
import { BudgetFields } from './budget-fields.js';
import {
  AdminAreasField,
  OfficeField,
  PartnersField,
  SectorsField,
  TargetGroupsField,
} from './project-fields.js';

/** The project's title. */
function TitleField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  const { ref, value, onChange, onBlur } = field;
  return (
    <TextInput
      ref={ref}
      label={t('projects.fields.title')}
      required
      value={(value as string | undefined) ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={fieldState.error?.message}
    />
  );
}

/** A date (YYYY-MM-DD); emptied, it becomes null ("no date"), which also clears a saved one. */
function DateField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U> & { label: string; custom?: string },
) {
  const { field, fieldState } = useBound(props);
  const { ref, value, onChange, onBlur } = field;
  const error = props.custom
    ? fieldMessage(fieldState.error, props.custom)
    : fieldState.error?.message;
  return (
    <TextInput
      ref={ref}
      type="date"
      label={props.label}
      value={(value as string | null | undefined) ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      onBlur={onBlur}
      error={error}
    />
  );
}

type DetailName =
  | 'title'
  | 'officeId'
  | 'adminAreas'
  | 'sectors'
  | 'targetGroups'
  | 'partners'
  | 'startDate'
  | 'endDate';

interface ProjectDetailsFieldsProps<T extends FieldValues, C, U extends FieldValues> {
  control: BoundFieldProps<T, C, U>['control'];
  /** The project's country, to offer only its offices. */
  country: string;
  /** Shown next to the office: a country picker (new project) or the fixed country (edit). */
  countryField: ReactNode;
}

/**
 * The description of a project, shared by the "New project" and "Edit project" forms: title,
 * country and office, areas, sectors, target groups, partners, dates and budget.
 */
export function ProjectDetailsFields<
  T extends FieldValues & { budget?: unknown },
  C,
  U extends FieldValues,
>({ control, country, countryField }: ProjectDetailsFieldsProps<T, C, U>) {
  const { t } = useTranslation();
  const name = (path: DetailName) => path as FieldPath<T>;
  return (
    <>
      <TitleField control={control} name={name('title')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {countryField}
        <OfficeField control={control} name={name('officeId')} country={country} />
      </SimpleGrid>
      <AdminAreasField control={control} name={name('adminAreas')} />
      <SectorsField control={control} name={name('sectors')} />
      <TargetGroupsField control={control} name={name('targetGroups')} />
      <PartnersField control={control} name={name('partners')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField
          control={control}
          name={name('startDate')}
          label={t('projects.fields.startDate')}
        />
        <DateField
          control={control}
          name={name('endDate')}
          label={t('projects.fields.endDate')}
          custom={t('projects.fields.endBeforeStart')}
        />
      </SimpleGrid>
      <BudgetFields control={control} />
    </>
  );
}
