/**
 * The HXL attributes Mainstream reads and writes for disaggregated counts (decision 019):
 * - sex: core `+f`, `+m`, `+i` (other/intersex); custom `+unknown_sex` for "not stated";
 * - age: core groups `+infants` (0–4), `+children` (under 18), `+adults` (18–59), `+elderly` (60+),
 *   written only when a bracket fits inside one; plus always a custom range attribute,
 *   `+age12_17` or `+age60plus` (read also as `+age_5_12`, `+age_80_plus`, `+age60_`);
 * - disability (custom, HXL has no core attribute): `+disabled`, `+not_disabled`,
 *   `+unknown_disability`.
 * Value tags: `#population`, `#affected`, `#inneed`, `#targeted`, `#reached`.
 */
import type { Sex } from '../reach/sex.js';
import type { DisabilityStatus } from '../reach/washington-group.js';

export const MEASURE_TAGS = ['population', 'affected', 'inneed', 'targeted', 'reached'] as const;
export type MeasureTag = (typeof MEASURE_TAGS)[number];

export const SEX_ATTRIBUTES: Record<Sex, string> = {
  female: 'f',
  male: 'm',
  other: 'i',
  not_stated: 'unknown_sex',
};

export const DISABILITY_ATTRIBUTES: Record<DisabilityStatus, string> = {
  disabled: 'disabled',
  not_disabled: 'not_disabled',
  unknown: 'unknown_disability',
};

export const AGE_GROUP_ATTRIBUTES = [
  'infants',
  'children',
  'adolescents',
  'adults',
  'elderly',
] as const;
export type AgeGroupAttribute = (typeof AGE_GROUP_ATTRIBUTES)[number];

/** Extra spellings met in HDX files. */
export const SEX_ALIASES: Record<string, Sex> = { female: 'female', male: 'male' };

/** An age range in whole years; `max` null for "and over". */
export interface AgeRange {
  min: number;
  max: number | null;
}

/** The age range of a custom attribute (`age0_4`, `age_5_12`, `age80plus`, `age_80_plus`, `age60_`). */
export function ageRangeOf(attribute: string): AgeRange | undefined {
  let m = attribute.match(/^age_?(\d{1,3})_?plus$/) ?? attribute.match(/^age_?(\d{1,3})_$/);
  if (m) return { min: Number(m[1]), max: null };
  m = attribute.match(/^age_?(\d{1,3})_(\d{1,3})$/);
  if (m && Number(m[1]) <= Number(m[2])) return { min: Number(m[1]), max: Number(m[2]) };
  return undefined;
}

/** The custom attribute of an age range: `age12_17`, `age60plus`. */
export function ageAttributeOf(range: AgeRange): string {
  return range.max === null ? `age${range.min}plus` : `age${range.min}_${range.max}`;
}

/** The core age-group attribute a range fits inside, if any. */
export function ageGroupOf(range: AgeRange): AgeGroupAttribute | undefined {
  if (range.max !== null && range.max <= 4) return 'infants';
  if (range.max !== null && range.max <= 17) return 'children';
  if (range.min >= 18 && range.max !== null && range.max <= 59) return 'adults';
  if (range.min >= 60) return 'elderly';
  return undefined;
}
