import type { LanguageCode } from '../../core/shared/language.js';

const formatters = new Map<LanguageCode, Intl.NumberFormat>();

/** A 0–1 score as a whole percentage ("75 %" in French), or null when there is no score. */
export function formatPercent(score: number | null, lang: LanguageCode): string | null {
  if (score === null || Number.isNaN(score)) return null;
  let formatter = formatters.get(lang);
  if (!formatter) {
    // Western digits in Arabic too, as for dates (see format-date.ts).
    formatter = new Intl.NumberFormat(lang, {
      style: 'percent',
      maximumFractionDigits: 0,
      numberingSystem: 'latn',
    });
    formatters.set(lang, formatter);
  }
  return formatter.format(score);
}

export type ScoreBand = 'low' | 'medium' | 'high' | 'none';

/** The colour band of a score: under 50 % low, under 75 % medium, else high. */
export function scoreBand(score: number | null): ScoreBand {
  if (score === null) return 'none';
  if (score < 0.5) return 'low';
  if (score < 0.75) return 'medium';
  return 'high';
}

/** Mantine colour of each band (light backgrounds with dark text keep a 4.5:1 contrast). */
export const BAND_COLOR: Record<ScoreBand, string> = {
  low: 'red',
  medium: 'yellow',
  high: 'green',
  none: 'gray',
};
