/** ISO 3166-1 alpha-3 country codes (the list ships with i18n-iso-countries, data only). */
import countries from 'i18n-iso-countries';

const ALPHA3 = new Set(Object.keys(countries.getAlpha3Codes()));

/** Whether a string is an assigned ISO 3166-1 alpha-3 code (upper case). */
export function isCountryCode(value: string): boolean {
  return ALPHA3.has(value);
}
