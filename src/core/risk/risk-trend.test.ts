import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.js';
import { riskTrend, type DatedRiskRatings } from './risk-trend.js';

const entry = (
  locationPcode: string,
  riskCode: string,
  date: string,
  threat: number,
  vulnerability: number,
  capacity: number,
): DatedRiskRatings => ({
  locationPcode,
  riskCode,
  date,
  ratings: { threat, vulnerability, capacity },
});

describe('riskTrend', () => {
  it('compares consecutive analyses of each location × risk, whatever the input order', () => {
    const changes = riskTrend([
      entry('YE1101', 'gender_based_violence', '2026-06-01', 4, 4, 2),
      entry('YE1101', 'explosive_ordnance', '2026-01-01', 3, 3, 3),
      entry('YE1101', 'gender_based_violence', '2026-01-01', 4, 4, 1),
      entry('YE1101', 'gender_based_violence', '2026-09-01', 5, 4, 2),
      entry('YE1101', 'explosive_ordnance', '2026-06-01', 3, 3, 3),
    ]);
    expect(
      changes.map((c) => [
        c.riskCode,
        c.fromDate,
        c.toDate,
        c.fromScore,
        c.toScore,
        c.delta,
        c.outcome,
      ]),
    ).toEqual([
      ['explosive_ordnance', '2026-01-01', '2026-06-01', 3, 3, 0, 'unchanged'],
      ['gender_based_violence', '2026-01-01', '2026-06-01', 16, 8, -8, 'improved'],
      ['gender_based_violence', '2026-06-01', '2026-09-01', 8, 10, 2, 'worsened'],
    ]);
    expect(changes[1]).toMatchObject({
      fromBand: 'extreme',
      toBand: 'severe',
      factors: { threat: 0, vulnerability: 0, capacity: 1 },
    });
  });

  it('gives nothing for a single analysis', () => {
    expect(riskTrend([entry('YE1101', 'explosive_ordnance', '2026-01-01', 3, 3, 3)])).toEqual([]);
  });

  it('refuses two analyses of the same risk, place and date', () => {
    expect(() =>
      riskTrend([
        entry('YE1101', 'explosive_ordnance', '2026-01-01', 3, 3, 3),
        entry('YE1101', 'explosive_ordnance', '2026-01-01', 2, 3, 3),
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        details: { fields: [{ path: '1.date', code: 'duplicate' }] },
      }) as AppError,
    );
  });
});

describe('riskTrend properties', () => {
  it('gives one change per consecutive pair, signed like the score difference', () => {
    const r = fc.integer({ min: 1, max: 5 });
    const analysis = fc.record({
      locationPcode: fc.constantFrom('YE1101', 'YE1102'),
      riskCode: fc.constantFrom('explosive_ordnance', 'gender_based_violence'),
      date: fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`),
      ratings: fc.record({ threat: r, vulnerability: r, capacity: r }),
    });
    const unique = fc.uniqueArray(analysis, {
      maxLength: 30,
      selector: (a) => `${a.locationPcode} ${a.riskCode} ${a.date}`,
    });
    fc.assert(
      fc.property(unique, (entries) => {
        const changes = riskTrend(entries);
        const series = new Set(entries.map((e) => `${e.locationPcode} ${e.riskCode}`)).size;
        expect(changes).toHaveLength(entries.length - series);
        for (const c of changes) {
          expect(c.fromDate < c.toDate).toBe(true);
          expect(c.delta).toBeCloseTo(c.toScore - c.fromScore, 12);
          expect(c.outcome).toBe(c.delta < 0 ? 'improved' : c.delta > 0 ? 'worsened' : 'unchanged');
        }
      }),
    );
  });
});
