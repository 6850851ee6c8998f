import type { LanguageCode } from '../../core/shared/language.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: LanguageCode, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      // Western digits in Arabic too, to match codes, counts and IDs shown next to dates.
      numberingSystem: 'latn',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats an ISO timestamp as date and time in the interface language. */
export function formatDateTime(iso: string, lang: LanguageCode): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatterFor(lang, true).format(date);
}

/** Formats an ISO timestamp as a date in the interface language. */
export function formatDate(iso: string, lang: LanguageCode): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatterFor(lang, false).format(date);
}
