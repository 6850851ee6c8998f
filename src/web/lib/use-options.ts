import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../core/auth/roles.js';
import { officesQuery } from '../features/users/users.api.js';
import { LANGUAGE_OPTIONS } from '../i18n/languages.js';

/** The roles as select options, labelled in the interface language. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

/** The languages as select options, each named in itself. */
export function useLanguageSelectOptions() {
  return LANGUAGE_OPTIONS.map((option) => ({ value: option.code, label: option.name }));
}

/** The offices as select options ("Name (CODE)"), loaded once per session. */
export function useOfficeOptions() {
  const query = useQuery(officesQuery);
  const options = (query.data?.items ?? []).map((office) => ({
    value: office.id,
    label: `${office.name} (${office.code})`,
  }));
  return { options, isLoading: query.isPending, error: query.error };
}
