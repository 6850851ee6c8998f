import { MultiSelect, Select, Switch } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  useLanguageSelectOptions,
  useOfficeOptions,
  useRoleOptions,
} from '../../lib/use-options.js';

/** A form field bound to react-hook-form by name (works with any form that has that field). */
interface BoundFieldProps<T extends FieldValues, C, U extends FieldValues> {
  control: Control<T, C, U>;
  name: FieldPath<T>;
}

function useBound<T extends FieldValues, C, U extends FieldValues>({
  control,
  name,
}: BoundFieldProps<T, C, U>) {
  return useController({ control, name });
}

/** The role picker, roles labelled in the interface language. */
export function RoleField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  return (
    <Select
      label={t('users.fields.role')}
      data={useRoleOptions()}
      value={(field.value as string | undefined) ?? null}
      onChange={(next) => next && field.onChange(next)}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      allowDeselect={false}
      required
    />
  );
}

/** The account's language (of the interface and of messages). */
export function LocaleField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  return (
    <Select
      label={t('users.fields.locale')}
      data={useLanguageSelectOptions()}
      value={(field.value as string | undefined) ?? null}
      onChange={(next) => next && field.onChange(next)}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      allowDeselect={false}
      required
    />
  );
}

/** The offices a user (or token) may act in; none means the whole organisation. */
export function OfficesField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  const offices = useOfficeOptions();
  const error = fieldState.error?.message;
  return (
    <MultiSelect
      label={t('users.fields.offices')}
      description={t('users.fields.officesHint')}
      data={offices.options}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={error ?? (offices.error ? t('users.fields.officesUnavailable') : undefined)}
      searchable
      clearable
      nothingFoundMessage={t('common.noMatch')}
      disabled={offices.isLoading}
    />
  );
}

/** Whether the account is disabled (cannot sign in; its records are kept). */
export function DisabledField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U>,
) {
  const { t } = useTranslation();
  const { field } = useBound(props);
  return (
    <Switch
      label={t('users.fields.disabled')}
      description={t('users.fields.disabledHint')}
      checked={field.value === true}
      onChange={(event) => field.onChange(event.currentTarget.checked)}
      onBlur={field.onBlur}
    />
  );
}
