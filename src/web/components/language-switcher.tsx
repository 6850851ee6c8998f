import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguageCode } from '../../core/shared/language.js';
import { switchLanguage } from '../i18n/i18n.js';
import { LANGUAGE_OPTIONS } from '../i18n/languages.js';
import { useLanguage } from '../i18n/use-language.js';

/** A native select of the four languages, each named in itself; the pick is remembered. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLanguage();
  const onChange = (event: React.ChangeEvent<HTMLSelectElement>) => {
    const value = event.currentTarget.value;
    if (isLanguageCode(value)) void switchLanguage(value, true);
  };
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={current}
      onChange={onChange}
      size="sm"
      w={{ base: 112, xs: 128 }}
    >
      {LANGUAGE_OPTIONS.map((option) => (
        <option key={option.code} value={option.code} lang={option.code}>
          {option.name}
        </option>
      ))}
    </NativeSelect>
  );
}
