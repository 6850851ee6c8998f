import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupCell } from './access-groups.js';
import { analyseMeaningfulAccess } from './analyse-meaningful-access.js';

const BRACKETS: [string, number][] = [
  ['0-4', 0.15],
  ['5-11', 0.2],
  ['12-17', 0.12],
  ['18-59', 0.45],
  ['60+', 0.08],
];

/** A population of `total` people, half women, 15 % with a disability in every group. */
function population(total: number): GroupCell[] {
  return (['female', 'male'] as const).flatMap((sex) =>
    BRACKETS.flatMap(([bracket, share]) =>
      (['disabled', 'not_disabled'] as const).map((disability) => ({
        sex,
        bracket,
        disability,
        count: Math.round(total * 0.5 * share * (disability === 'disabled' ? 0.15 : 0.85)),
      })),
    ),
  );
}

const withCount = (cells: GroupCell[], label: string, count: number) =>
  cells.map((c) => (`${c.sex} ${c.bracket} ${c.disability}` === label ? { ...c, count } : c));

describe('analyseMeaningfulAccess', () => {
  it('alerts on women over 60 with disabilities when they are left out', () => {
    const reached = withCount(population(4000), 'female 60+ disabled', 1); // 24 expected
    const { alerts, findings } = analyseMeaningfulAccess(reached, population(1_000_000));
    const labels = alerts.map((a) => a.label);
    expect(labels).toContain('female 60+ disabled');
    expect(labels).not.toContain('male 60+ disabled');
    expect(labels).not.toContain('female 18-59 not_disabled');
    const finding = findings.find((f) => f.label === 'female 60+ disabled')!;
    expect(finding).toMatchObject({ reached: 1, status: 'excluded' });
    expect(finding.expected).toBeCloseTo(23.9, 0);
    expect(finding.representation).toBeLessThan(0.05);
    expect(finding.adjustedPValue).toBeLessThan(1e-6);
  });

  it('says "underpowered", not "fine", when too few people were reached to tell', () => {
    const reached = withCount(population(60), 'female 60+ disabled', 0);
    const { alerts, findings } = analyseMeaningfulAccess(reached, population(1_000_000));
    expect(alerts).toEqual([]);
    expect(findings.find((f) => f.label === 'female 60+ disabled')?.status).toBe('underpowered');
  });

  it('does not test a group absent from the baseline', () => {
    const reached: GroupCell[] = [
      ...population(4000),
      { sex: 'other', bracket: '18-59', disability: 'not_disabled', count: 3 },
    ];
    const { findings } = analyseMeaningfulAccess(reached, population(1_000_000));
    expect(findings.find((f) => f.label === 'other')?.status).toBe('no_baseline');
  });

  it('keeps a significant but small shortfall below the minimum gap out of the alerts', () => {
    const reached = withCount(population(200_000), 'female 18-59 not_disabled', 34_000); // 38,250 expected
    const { alerts, findings } = analyseMeaningfulAccess(reached, population(1_000_000));
    const finding = findings.find((f) => f.label === 'female 18-59 not_disabled')!;
    expect(finding.status).toBe('gap_below_minimum');
    expect(alerts.map((a) => a.label)).not.toContain('female 18-59 not_disabled');
    const strict = analyseMeaningfulAccess(reached, population(1_000_000), {
      minRelativeGap: 0.05,
    });
    expect(strict.alerts.map((a) => a.label)).toContain('female 18-59 not_disabled');
  });

  it('leaves people of unstated sex out of the sex groups and their denominators', () => {
    const reached = [
      ...population(4000),
      { sex: 'not_stated', bracket: '18-59', disability: 'disabled', count: 3000 },
    ] as GroupCell[];
    const { findings } = analyseMeaningfulAccess(reached, population(1_000_000));
    const women = findings.find((f) => f.label === 'female')!;
    expect(women.reachedTotal).toBe(4000);
    expect(women.status).toBe('not_significant');
    expect(findings.find((f) => f.label === 'not_stated')).toBeUndefined();
    expect(findings.find((f) => f.label === '18-59')?.reachedTotal).toBe(7000);
  });

  it('refuses bad counts and options, naming them', () => {
    expect(() =>
      analyseMeaningfulAccess(
        [{ sex: 'female', bracket: '60+', disability: 'disabled', count: 2.5 }],
        [{ sex: 'female', bracket: '60+', disability: 'disabled', count: -1 }],
      ),
    ).toThrow(
      expect.objectContaining({
        details: {
          fields: [
            { path: 'reached.0.count', code: 'not_a_count' },
            { path: 'baseline.0.count', code: 'not_a_population' },
          ],
        },
      }) as Error,
    );
    expect(() => analyseMeaningfulAccess([], [], { alpha: 2 })).toThrow(
      expect.objectContaining({
        details: { fields: [{ path: 'options.alpha', code: 'too_big' }] },
      }) as Error,
    );
  });

  const cells = fc
    .array(fc.integer({ min: 0, max: 400 }), { minLength: 20, maxLength: 20 })
    .map((counts) => population(1).map((c, i) => ({ ...c, count: counts[i]! })));

  it('never alerts when every group is reached in proportion', () => {
    fc.assert(
      fc.property(cells, fc.integer({ min: 1, max: 5 }), (baseline, factor) => {
        const reached = baseline.map((c) => ({ ...c, count: c.count * factor }));
        expect(analyseMeaningfulAccess(reached, baseline).alerts).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('alerts only on significant shortfalls beyond the gap; BH finds at least what Holm finds', () => {
    fc.assert(
      fc.property(cells, cells, (baseline, reached) => {
        const holm = analyseMeaningfulAccess(reached, baseline);
        const bh = analyseMeaningfulAccess(reached, baseline, { correction: 'benjamini_hochberg' });
        for (const alert of holm.alerts) {
          expect(alert.adjustedPValue).toBeLessThanOrEqual(0.05);
          expect(alert.pValue).toBeLessThanOrEqual(alert.adjustedPValue!);
          expect(alert.representation).toBeLessThanOrEqual(0.8);
        }
        const bhLabels = new Set(bh.alerts.map((a) => a.label));
        expect(holm.alerts.every((a) => bhLabels.has(a.label))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
