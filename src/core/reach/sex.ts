/** Sex as recorded for disaggregation (DOMAIN.md §5): female, male, other/intersex, not stated. */
import { SEXES } from '../feedback/feedback.schema.js';

export type Sex = (typeof SEXES)[number];
export { SEXES };

const ALIASES: Record<string, Sex> = {
  f: 'female',
  female: 'female',
  woman: 'female',
  girl: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  boy: 'male',
  i: 'other',
  o: 'other',
  x: 'other',
  other: 'other',
  intersex: 'other',
  '': 'not_stated',
  not_stated: 'not_stated',
  prefer_not_to_say: 'not_stated',
  unknown: 'not_stated',
};

/** The sex code of a recorded value (codes, Kobo choice names, one-letter HXL codes). */
export function parseSex(value: string | null | undefined): Sex | undefined {
  return ALIASES[
    (value ?? '')
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
  ];
}
