/** The HXL hashtag of an export column (vocabulary in hxl-vocabulary.ts, decision 019). */
import { AGE_MAX, type AgeBracket } from '../reach/age-brackets.js';
import type { Sex } from '../reach/sex.js';
import type { DisabilityStatus } from '../reach/washington-group.js';
import {
  DISABILITY_ATTRIBUTES,
  SEX_ATTRIBUTES,
  ageAttributeOf,
  ageGroupOf,
  type MeasureTag,
} from './hxl-vocabulary.js';
import { formatHashtag } from './parse-hashtag.js';

export interface ExportColumn {
  measure: MeasureTag;
  sex?: Sex;
  bracket?: AgeBracket;
  disability?: DisabilityStatus;
}

/** `#reached+f+elderly+age60plus+disabled` for women over 60 with disabilities reached. */
export function hashtagFor(column: ExportColumn): string {
  const attributes: string[] = [];
  if (column.sex) attributes.push(SEX_ATTRIBUTES[column.sex]);
  if (column.bracket) {
    const range = {
      min: column.bracket.min,
      max: column.bracket.max >= AGE_MAX ? null : column.bracket.max,
    };
    const group = ageGroupOf(range);
    if (group) attributes.push(group);
    attributes.push(ageAttributeOf(range));
  }
  if (column.disability) attributes.push(DISABILITY_ATTRIBUTES[column.disability]);
  return formatHashtag({ tag: column.measure, attributes });
}
