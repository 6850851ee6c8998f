import type { LanguageCode } from '../../../core/shared/language.js';

/** A place's name in the interface language, else English, else any name it has, else its P-code. */
export function placeName(
  place: { pcode: string; names: Record<string, string> },
  lang: LanguageCode,
): string {
  return place.names[lang] ?? place.names.en ?? Object.values(place.names)[0] ?? place.pcode;
}

/** The translation key of an administrative level (0 country, 1 admin1…). */
export function levelKey(level: number): string {
  return level === 0 ? 'locations.level.country' : 'locations.level.admin';
}
