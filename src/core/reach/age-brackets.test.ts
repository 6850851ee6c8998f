import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { DEFAULT_AGE_BRACKETS, bracketOf, parseAgeBrackets } from './age-brackets.js';

function problemsOf(input: unknown): { path: string; code: string }[] {
  try {
    parseAgeBrackets(input);
    return [];
  } catch (error) {
    if (!AppError.isAppError(error)) throw error;
    return (error.details as { fields: { path: string; code: string }[] }).fields;
  }
}

const b = (code: string, min: number, max: number) => ({ code, min, max });

describe('age brackets', () => {
  it.each([
    [0, '0-4'],
    [4, '0-4'],
    [4.9, '0-4'],
    [5, '5-11'],
    [17, '12-17'],
    [18, '18-59'],
    [59, '18-59'],
    [60, '60+'],
    [120, '60+'],
  ])('age %d is in %s by default', (age, code) => {
    expect(bracketOf(age)).toBe(code);
  });

  it.each([-1, 121, Number.NaN, Number.POSITIVE_INFINITY])('refuses age %d', (age) => {
    expect(() => bracketOf(age)).toThrow(
      expect.objectContaining({ code: 'validation_failed' }) as Error,
    );
  });

  it('accepts the default set', () => {
    expect(problemsOf(DEFAULT_AGE_BRACKETS)).toEqual([]);
  });

  it.each([
    ['a gap', [b('a', 0, 4), b('b', 6, 120)], [{ path: 'brackets.1.min', code: 'gap' }]],
    ['an overlap', [b('a', 0, 5), b('b', 5, 120)], [{ path: 'brackets.1.min', code: 'overlap' }]],
    [
      'a late start',
      [b('a', 1, 4), b('b', 5, 120)],
      [{ path: 'brackets.0.min', code: 'not_from_zero' }],
    ],
    [
      'an early end',
      [b('a', 0, 4), b('b', 5, 99)],
      [{ path: 'brackets.1.max', code: 'not_to_120' }],
    ],
    [
      'a repeated code',
      [b('a', 0, 4), b('a', 5, 120)],
      [{ path: 'brackets.1.code', code: 'duplicate' }],
    ],
    [
      'an age above 120',
      [b('a', 0, 4), b('b', 5, 130)],
      [
        { path: 'brackets.1.max', code: 'too_big' },
        { path: 'brackets.1.max', code: 'not_to_120' },
      ],
    ],
    [
      'a fractional bound',
      [b('a', 0, 4.5), b('b', 5, 120)],
      [{ path: 'brackets.0.max', code: 'invalid_type' }],
    ],
  ])('names %s', (_name, input, expected) => {
    expect(problemsOf(input)).toEqual(expected);
  });

  it('names a bracket whose max is below its min', () => {
    expect(problemsOf([b('a', 0, 10), b('b', 11, 9), b('c', 10, 120)])).toEqual([
      { path: 'brackets.1.max', code: 'below_min' },
    ]);
  });

  it('puts every age of a random partition in exactly the bracket that holds it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 120 }), { maxLength: 10 }),
        fc.integer({ min: 0, max: 120 }),
        (cuts, age) => {
          const starts = [0, ...[...cuts].sort((x, y) => x - y)];
          const set = starts.map((min, i) => b(`g${i}`, min, (starts[i + 1] ?? 121) - 1));
          const parsed = parseAgeBrackets(set);
          const code = bracketOf(age, parsed);
          const holding = set.filter((x) => age >= x.min && age <= x.max);
          expect(holding.map((x) => x.code)).toEqual([code]);
        },
      ),
    );
  });
});
