import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { computeRisk } from './compute-risk.js';
import { SCORE_MAX, SCORE_MIN } from './risk-scale.js';
import { DEFAULT_SEVERITY_BANDS, parseSeverityBands } from './severity-bands.schema.js';

const rating = fc.integer({ min: 1, max: 5 });

describe('computeRisk', () => {
  it.each([
    [1, 1, 5, 0.2, 1, 'minor'],
    [2, 2, 5, 0.8, 1, 'minor'],
    [1, 1, 1, 1, 2, 'stressed'],
    [3, 3, 3, 3, 3, 'moderate'],
    [5, 5, 5, 5, 3, 'moderate'],
    [3, 2, 1, 6, 4, 'severe'],
    [4, 4, 2, 8, 4, 'severe'],
    [4, 3, 1, 12, 5, 'extreme'],
    [5, 5, 1, 25, 5, 'extreme'],
  ])(
    'threat %i × vulnerability %i ÷ capacity %i = %d, level %i (%s)',
    (t, v, c, score, level, band) => {
      const risk = computeRisk({ threat: t, vulnerability: v, capacity: c });
      expect(risk).toMatchObject({ score, severity: level, band });
    },
  );

  it.each([
    [{ threat: 0, vulnerability: 3, capacity: 3 }, ['threat']],
    [{ threat: 3, vulnerability: 6, capacity: 2.5 }, ['vulnerability', 'capacity']],
    [{ threat: Number.NaN, vulnerability: 3, capacity: 3 }, ['threat']],
  ])('refuses ratings outside 1–5: %o', (ratings, paths) => {
    try {
      computeRisk(ratings);
      expect.unreachable();
    } catch (error) {
      expect(AppError.isAppError(error) && error.code).toBe('validation_failed');
      const fields = (error as AppError).details as { fields: { path: string; code: string }[] };
      expect(fields.fields.map((f) => f.path)).toEqual(paths);
      expect(fields.fields.every((f) => f.code === 'not_a_rating')).toBe(true);
    }
  });

  it('places every rating combination in exactly one band, severity rising with the score', () => {
    fc.assert(
      fc.property(rating, rating, rating, rating, rating, rating, (t1, v1, c1, t2, v2, c2) => {
        const a = computeRisk({ threat: t1, vulnerability: v1, capacity: c1 });
        const b = computeRisk({ threat: t2, vulnerability: v2, capacity: c2 });
        expect(a.score).toBeGreaterThanOrEqual(SCORE_MIN);
        expect(a.score).toBeLessThanOrEqual(SCORE_MAX);
        if (a.score < b.score) expect(a.severity).toBeLessThanOrEqual(b.severity);
        const holding = DEFAULT_SEVERITY_BANDS.filter(
          (band, i) =>
            a.score >= band.min && (a.score < band.max || (i === 4 && a.score === band.max)),
        );
        expect(holding.map((band) => band.code)).toEqual([a.band]);
      }),
    );
  });

  it('uses an organisation band set, e.g. JIAF-style labels', () => {
    const bands = parseSeverityBands([
      { code: 'none', label: 'None/minimal', min: 0, max: 2 },
      { code: 'stress', label: 'Stress', min: 2, max: 4 },
      { code: 'severe', label: 'Severe', min: 4, max: 9 },
      { code: 'extreme', label: 'Extreme', min: 9, max: 16 },
      { code: 'catastrophic', label: 'Catastrophic', min: 16, max: 25 },
    ]);
    expect(computeRisk({ threat: 4, vulnerability: 4, capacity: 1 }, bands)).toMatchObject({
      severity: 5,
      label: 'Catastrophic',
    });
    expect(computeRisk({ threat: 2, vulnerability: 2, capacity: 1 }, bands).band).toBe('severe');
  });
});
