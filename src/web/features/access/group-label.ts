import type { TFunction } from 'i18next';
import type { AccessFindingView } from '../../../core/access/access-report.schema.js';

/** A dimension value in the reader's language: "Female", "60 years and over", "With a disability". */
export function valueLabel(
  t: TFunction,
  dimension: 'sex' | 'bracket' | 'disability',
  value: string,
): string {
  if (dimension === 'sex') return t(`feedback.sex.${value}`, { defaultValue: value });
  if (dimension === 'bracket') return t(`feedback.age.${value}`, { defaultValue: value });
  return t(`access.disability.${value}`, { defaultValue: value });
}

/** A group in the reader's language: "Female · 60 years and over · With a disability". */
export function groupLabel(t: TFunction, group: AccessFindingView['group']): string {
  return (['sex', 'bracket', 'disability'] as const)
    .filter((d) => group[d] !== undefined)
    .map((d) => valueLabel(t, d, group[d]!))
    .join(' · ');
}
