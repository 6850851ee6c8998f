import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageSelectOptions, useOfficeOptions, useRoleOptions } from '../../lib/use-options.js';

interface FieldProps<T> {
  value: T;
  onChange: (value: T) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/** The role picker, roles labelled in the interface language. */
export function RoleSelect({ value, onChange, onBlur, error }: FieldProps<string>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('users.fields.role')}
      data={useRoleOptions()}
      value={value}
      onChange={(next) => next && onChange(next)}
      onBlur={onBlur}
      error={error}
      allowDeselect={false}
      required
    />
  );
}

/** The account's language (of the interface and of e-mails). */
export function LocaleSelect({ value, onChange, onBlur, error }: FieldProps<string>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('users.fields.locale')}
      data={useLanguageSelectOptions()}
      value={value}
      onChange={(next) => next && onChange(next)}
      onBlur={onBlur}
      error={error}
      allowDeselect={false}
      required
    />
  );
}

/** The offices a user (or token) may act in; none means the whole organisation. */
export function OfficesSelect({ value, onChange, onBlur, error }: FieldProps<string[]>) {
  const { t } = useTranslation();
  const offices = useOfficeOptions();
  return (
    <MultiSelect
      label={t('users.fields.offices')}
      description={t('users.fields.officesHint')}
      data={offices.options}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={error ?? (offices.error ? t('users.fields.officesUnavailable') : undefined)}
      searchable
      clearable
      nothingFoundMessage={t('common.noMatch')}
      disabled={offices.isLoading}
    />
  );
}
