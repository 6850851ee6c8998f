import type { LanguageCode } from '../../core/shared/language.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (`2026-12-03`, a due date): it names a day, not an instant in a time zone. */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function formatterFor(lang: LanguageCode, withTime: boolean, utc = false): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}:${utc}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      // A calendar date parses as midnight UTC: shown in UTC it stays the same day everywhere.
      ...(utc ? { timeZone: 'UTC' } : {}),
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

/** Formats an ISO timestamp, or a calendar date, as a date in the interface language. */
export function formatDate(iso: string, lang: LanguageCode): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatterFor(lang, false, CALENDAR_DATE.test(iso)).format(date);
}
