import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../core/shared/language.js';
import { toLanguageCode } from './languages.js';

/** The current interface language; components re-render when it changes. */
export function useLanguage(): LanguageCode {
  const { i18n } = useTranslation();
  return toLanguageCode(i18n.resolvedLanguage ?? i18n.language);
}
