import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { SCORE_MAX, SCORE_MIN } from './risk-scale.js';
import { DEFAULT_SEVERITY_BANDS, parseSeverityBands } from './severity-bands.schema.js';

const band = (code: string, min: number, max: number) => ({ code, label: code, min, max });

function fieldsOf(input: unknown): { path: string; code: string }[] {
  try {
    parseSeverityBands(input);
  } catch (error) {
    if (AppError.isAppError(error) && error.code === 'validation_failed')
      return (error.details as { fields: { path: string; code: string }[] }).fields;
    throw error;
  }
  return [];
}

describe('severity band sets', () => {
  it('accepts the default set', () => {
    expect(parseSeverityBands(DEFAULT_SEVERITY_BANDS)).toEqual(DEFAULT_SEVERITY_BANDS);
  });

  it.each([
    ['a gap', [band('a', 0, 3), band('b', 4, 25)], [{ path: 'bands.1.min', code: 'gap' }]],
    ['an overlap', [band('a', 0, 5), band('b', 4, 25)], [{ path: 'bands.1.min', code: 'overlap' }]],
    [
      'a first band above 0.2',
      [band('a', 1, 5), band('b', 5, 25)],
      [{ path: 'bands.0.min', code: 'above_lowest_score' }],
    ],
    [
      'a last band below 25',
      [band('a', 0, 5), band('b', 5, 20)],
      [{ path: 'bands.1.max', code: 'below_highest_score' }],
    ],
    [
      'an empty band',
      [band('a', 0, 5), band('b', 5, 5), band('c', 5, 25)],
      [{ path: 'bands.1.max', code: 'not_above_min' }],
    ],
    [
      'a repeated code',
      [band('a', 0, 5), band('a', 5, 25)],
      [{ path: 'bands.1.code', code: 'duplicate' }],
    ],
    ['a single band', [band('a', 0, 25)], [{ path: 'bands', code: 'too_small' }]],
    [
      'a bad code',
      [band('A b', 0, 5), band('b', 5, 25)],
      [{ path: 'bands.0.code', code: 'invalid_format' }],
    ],
  ])('names %s', (_name, input, expected) => {
    expect(fieldsOf(input)).toEqual(expected);
  });

  it('accepts any ordered partition of the score range, and refuses it with one bound moved', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ min: 0.3, max: 24.9, noNaN: true }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.double({ min: 0.01, max: 0.2, noNaN: true }),
        (cuts, shift) => {
          const bounds = [SCORE_MIN, ...[...cuts].sort((a, b) => a - b), SCORE_MAX];
          const bands = bounds.slice(1).map((max, i) => band(`b${i}`, bounds[i]!, max));
          expect(fieldsOf(bands)).toEqual([]);
          const moved = bands.map((b, i) => (i === 1 ? { ...b, min: b.min + shift } : b));
          expect(fieldsOf(moved)).toContainEqual({ path: 'bands.1.min', code: 'gap' });
        },
      ),
    );
  });
});
