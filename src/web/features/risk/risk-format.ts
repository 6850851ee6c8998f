import type { LanguageCode } from '../../../core/shared/language.js';

/** A risk score with at most two decimals, Latin digits in every language (as other figures). */
export function formatScore(score: number, lang: LanguageCode): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2, numberingSystem: 'latn' }).format(
    score,
  );
}

/** The address of the history page of one place × risk. */
export function historyPath(pcode: string, risk: string): string {
  return `/risks/history?location=${encodeURIComponent(pcode)}&risk=${encodeURIComponent(risk)}`;
}
