import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WG_DOMAINS,
  deriveDisability,
  disabilityStatusOf,
  parseWgAnswer,
  type WgAnswer,
} from './washington-group.js';

const six = (...values: (string | number | undefined)[]) =>
  Object.fromEntries(WG_DOMAINS.map((d, i) => [d, values[i]]));

describe('Washington Group Short Set', () => {
  it.each([
    ['all no difficulty', [1, 1, 1, 1, 1, 1], 'not_disabled'],
    ['some difficulty everywhere', [2, 2, 2, 2, 2, 2], 'not_disabled'],
    ['a lot of difficulty seeing', [3, 1, 1, 1, 1, 1], 'disabled'],
    ['cannot communicate', [1, 1, 1, 1, 1, 4], 'disabled'],
    [
      'Kobo choice names',
      [
        'no_difficulty',
        'some_difficulty',
        'a_lot_of_difficulty',
        'no_difficulty',
        'no_difficulty',
        'no_difficulty',
      ],
      'disabled',
    ],
    ['Kobo cannot_do', ['cannot_do', 1, 1, 1, 1, 1], 'disabled'],
    ['numbers as text', ['1', '2', '1', '1', '2', '1'], 'not_disabled'],
    ['refused one, no difficulty found', [1, 1, 7, 1, 1, 1], 'unknown'],
    ["don't know one, but a lot of difficulty elsewhere", [8, 3, 1, 1, 1, 1], 'disabled'],
    ['not asked', [undefined, undefined, undefined, undefined, undefined, undefined], 'unknown'],
    ['empty cells (consent refused)', ['', '', '', '', '', ''], 'unknown'],
  ] as [string, (string | number | undefined)[], string][])('%s → %s', (_name, values, status) => {
    expect(deriveDisability(six(...values))).toBe(status);
  });

  it.each([0, 5, 6, 2.5, 'sometimes', -1])('refuses the answer %s, naming its domain', (value) => {
    expect(() => deriveDisability(six(1, value, 1, 1, 1, 1))).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        details: { fields: [{ path: 'hearing', code: 'not_a_wg_answer' }] },
      }) as Error,
    );
  });

  it('is disabled exactly when one domain is at 3 or 4', () => {
    const answer = fc.constantFrom<WgAnswer>(1, 2, 3, 4, 'missing');
    fc.assert(
      fc.property(fc.tuple(answer, answer, answer, answer, answer, answer), (values) => {
        const status = disabilityStatusOf(
          Object.fromEntries(WG_DOMAINS.map((d, i) => [d, values[i]])) as never,
        );
        expect(status === 'disabled').toBe(values.some((v) => v === 3 || v === 4));
        expect(status === 'unknown').toBe(
          !values.some((v) => v === 3 || v === 4) && values.includes('missing'),
        );
      }),
    );
  });

  it('reads numbers and names alike', () => {
    expect(['1', 'no_difficulty', 1].map(parseWgAnswer)).toEqual([1, 1, 1]);
    expect(parseWgAnswer('Cannot do at all')).toBe(4);
  });
});
