import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBound, type BoundFieldProps } from '../../lib/bound-field.js';
import { useLanguage } from '../../i18n/use-language.js';
import { checklistQuery } from '../checklist/checklist.api.js';
import { directoryQuery } from './actions.api.js';

/** Who owns the action: a member of staff of the organisation. */
export function OwnerField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  const directory = useQuery(directoryQuery);
  const options = (directory.data?.items ?? []).map((person) => ({
    value: person.id,
    label: `${person.name} (${t(`roles.${person.role}`)})`,
  }));
  return (
    <Select
      label={t('actions.fields.owner')}
      data={options}
      value={(field.value as string | undefined) ?? null}
      onChange={(value) => field.onChange(value ?? undefined)}
      onBlur={field.onBlur}
      error={
        fieldState.error?.message ??
        (directory.isError ? t('actions.fields.ownersUnavailable') : undefined)
      }
      searchable
      clearable
      disabled={directory.isPending}
      nothingFoundMessage={t('common.noMatch')}
    />
  );
}

/** The checklist item the action follows up (optional). */
export function LinkedItemField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U> & { projectId: string },
) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { field, fieldState } = useBound(props);
  const checklist = useQuery(checklistQuery(props.projectId, undefined, lang));
  const options = (checklist.data?.items ?? []).map((item) => ({
    value: item.id,
    label: item.text,
  }));
  return (
    <Select
      label={t('actions.fields.item')}
      data={options}
      value={(field.value as string | undefined) ?? null}
      onChange={(value) => field.onChange(value ?? undefined)}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      searchable
      clearable
      nothingFoundMessage={t('common.noMatch')}
    />
  );
}
