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
