import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AGE_BRACKETS } from '../reach/age-brackets.js';
import { SEXES } from '../reach/sex.js';
import { DISABILITY_STATUSES } from '../reach/washington-group.js';
import { hashtagFor } from './export-hashtag.js';
import { readHxlColumns } from './read-hxl-columns.js';

const bracket = (code: string) => DEFAULT_AGE_BRACKETS.find((b) => b.code === code)!;

describe('hashtagFor', () => {
  it.each([
    [
      { measure: 'reached', sex: 'female', bracket: bracket('60+'), disability: 'disabled' },
      '#reached+f+elderly+age60plus+disabled',
    ],
    [
      { measure: 'reached', sex: 'male', bracket: bracket('12-17') },
      '#reached+m+children+age12_17',
    ],
    [{ measure: 'targeted', bracket: bracket('0-4') }, '#targeted+infants+age0_4'],
    [{ measure: 'reached', sex: 'other', bracket: bracket('18-59') }, '#reached+i+adults+age18_59'],
    [
      { measure: 'reached', sex: 'not_stated', disability: 'unknown' },
      '#reached+unknown_sex+unknown_disability',
    ],
    [{ measure: 'inneed', bracket: { code: '10-24', min: 10, max: 24 } }, '#inneed+age10_24'],
    [{ measure: 'reached' }, '#reached'],
  ] as const)('%j → %s', (column, expected) => {
    expect(hashtagFor(column)).toBe(expected);
  });

  it('is read back as the same sex, age range and disability', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...SEXES), { nil: undefined }),
        fc.option(fc.constantFrom(...DEFAULT_AGE_BRACKETS), { nil: undefined }),
        fc.option(fc.constantFrom(...DISABILITY_STATUSES), { nil: undefined }),
        (sex, b, disability) => {
          const tag = hashtagFor({ measure: 'reached', sex, bracket: b, disability });
          const [column] = readHxlColumns([[tag]])!.columns;
          expect([column!.tag, column!.sex, column!.disability, column!.otherAttributes]).toEqual([
            'reached',
            sex,
            disability,
            [],
          ]);
          expect(column!.age).toEqual(
            b ? { min: b.min, max: b.max === 120 ? null : b.max } : undefined,
          );
        },
      ),
    );
  });
});
