import countries from 'i18n-iso-countries';
import type { LanguageCode } from '../../core/shared/language.js';

const displayNames = new Map<LanguageCode, Intl.DisplayNames | null>();

function namesIn(lang: LanguageCode): Intl.DisplayNames | null {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region' }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  return displayNames.get(lang) ?? null;
}

/** A country's name in the interface language, from its ISO alpha-3 code; null when unknown. */
export function countryName(alpha3: string, lang: LanguageCode): string | null {
  const alpha2 = countries.alpha3ToAlpha2(alpha3.toUpperCase());
  if (!alpha2) return null;
  const name = namesIn(lang)?.of(alpha2);
  return name && name !== alpha2 ? name : null;
}

/** "SDN — Sudan" (or the code alone when no name is known). */
export function countryLabel(alpha3: string, lang: LanguageCode): string {
  const name = countryName(alpha3, lang);
  return name ? `${alpha3} — ${name}` : alpha3;
}

export interface CountryOption {
  value: string;
  label: string;
}

/** Every ISO alpha-3 country as an option, sorted by name in the interface language. */
export function allCountryOptions(lang: LanguageCode): CountryOption[] {
  return Object.keys(countries.getAlpha3Codes())
    .map((code) => ({
      value: code,
      label: countryLabel(code, lang),
      name: countryName(code, lang),
    }))
    .sort((a, b) => (a.name ?? a.value).localeCompare(b.name ?? b.value, lang))
    .map(({ value, label }) => ({ value, label }));
}
