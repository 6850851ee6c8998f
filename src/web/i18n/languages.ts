import {
  DEFAULT_LANGUAGE,
  LANGUAGE_CODES,
  isLanguageCode,
  negotiateLanguage,
  type LanguageCode,
} from '../../core/shared/language.js';

/** Each language named in itself, as the language switcher shows it. */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

export const LANGUAGE_OPTIONS = LANGUAGE_CODES.map((code) => ({
  code,
  name: LANGUAGE_NAMES[code],
}));

const STORAGE_KEY = 'mainstream.language';

/** The language the user picked in the switcher, if any (kept across sessions). */
export function readPickedLanguage(): LanguageCode | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value && isLanguageCode(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the user's pick; storage may be unavailable (private mode), which is harmless. */
export function storePickedLanguage(lang: LanguageCode): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Without storage the pick lasts until the page is reloaded.
  }
}

/** The language to start in: the user's pick, else the browser's preference, else English. */
export function startingLanguage(): LanguageCode {
  const picked = readPickedLanguage();
  if (picked) return picked;
  if (typeof navigator === 'undefined') return DEFAULT_LANGUAGE;
  return negotiateLanguage(navigator.languages.join(','));
}

/** Narrows i18next's current language to a supported code. */
export function toLanguageCode(value: string | undefined): LanguageCode {
  return value && isLanguageCode(value) ? value : DEFAULT_LANGUAGE;
}
