/**
 * Server-side messages in the user's language: error messages of the one error model and
 * validation messages (zod's own locales). The web app has its own catalogue (src/web/i18n).
 */
import i18next, { type TFunction } from 'i18next';
import { z } from 'zod';
import type { ErrorCode } from '../../core/errors.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/shared/language.js';
import ar from './messages/ar.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };

export const SERVER_MESSAGES = { en, fr, es, ar } as const;

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    LANGUAGE_CODES.map((l) => [l, { translation: SERVER_MESSAGES[l] }]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fixed: Record<LanguageCode, TFunction> = Object.fromEntries(
  LANGUAGE_CODES.map((l) => [l, instance.getFixedT(l)]),
) as Record<LanguageCode, TFunction>;

/** The message for an error key, falling back to the generic message of its code. */
export function translateError(lang: LanguageCode, code: ErrorCode, key: string): string {
  const t = fixed[lang];
  if (key && instance.exists(key, { lng: 'en' })) return t(key);
  return t(`code.${code}`);
}

/** Whether a message key exists (used by tests that sweep the code for keys). */
export function hasMessage(key: string): boolean {
  return instance.exists(key, { lng: 'en' });
}

const zodLocales = {
  en: z.locales.en(),
  fr: z.locales.fr(),
  es: z.locales.es(),
  ar: z.locales.ar(),
};

/** A zod issue's message in the given language (zod's own translations). */
export function translateIssue(lang: LanguageCode, issue: z.core.$ZodIssue): string {
  const message = zodLocales[lang].localeError(issue as never);
  if (typeof message === 'string') return message;
  return message?.message ?? issue.message;
}

/** A message by key with a fallback (for texts that are not errors). */
export function translate(lang: LanguageCode, key: string): string {
  return fixed[lang](key);
}
