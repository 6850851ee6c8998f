import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInGroup, type GroupCell } from './access-groups.js';
import { analyseMeaningfulAccess } from './analyse-meaningful-access.js';
import { publishFindings } from './publish-findings.js';

const cell = (
  sex: GroupCell['sex'],
  bracket: string,
  disability: GroupCell['disability'],
  count: number,
): GroupCell => ({ sex, bracket, disability, count });

const REACHED = [
  cell('female', '18-59', 'not_disabled', 400),
  cell('female', '18-59', 'disabled', 40),
  cell('female', '60+', 'not_disabled', 60),
  cell('female', '60+', 'disabled', 2),
  cell('male', '18-59', 'not_disabled', 380),
  cell('male', '18-59', 'disabled', 35),
  cell('male', '60+', 'not_disabled', 55),
  cell('male', '60+', 'disabled', 20),
];
const BASELINE = REACHED.map((c) => ({ ...c, count: c.disability === 'disabled' ? 300 : 1000 }));

describe('publishFindings', () => {
  const analysis = analyseMeaningfulAccess(REACHED, BASELINE);
  const published = publishFindings(analysis.findings, REACHED, 5);
  const find = (label: string) => published.findings.find((f) => f.label === label)!;

  it('withholds the small group and every group that would give it back, keeps the alert', () => {
    const smallest = find('female 60+ disabled');
    expect(smallest).toMatchObject({
      reached: null,
      representation: null,
      pValue: null,
      suppressed: true,
    });
    expect(smallest.status).toBe('excluded');
    // female 60+ minus female 60+ not disabled would give the 2 back: one of them is withheld.
    expect([find('female 60+').reached, find('female 60+ not_disabled').reached]).toContain(null);
  });

  it('publishes large groups whose cells are all published, with their counts and shares', () => {
    const men = find('male 18-59 not_disabled');
    expect(men).toMatchObject({ reached: 380, suppressed: false });
    expect(men.reachedShare).toBeCloseTo(380 / 992);
  });

  it('publishes a group count only as a sum of published cells (property)', () => {
    const sexes = ['female', 'male'] as const;
    const brackets = ['0-17', '18-59', '60+'];
    const disabilities = ['disabled', 'not_disabled'] as const;
    const cells = sexes.flatMap((sex) =>
      brackets.flatMap((bracket) =>
        disabilities.map((disability) => ({ sex, bracket, disability })),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 40 }), { minLength: cells.length, maxLength: cells.length }),
        (counts) => {
          const reached = cells.map((c, i) => ({ ...c, count: counts[i]! }));
          const baseline = cells.map((c) => ({ ...c, count: 100 }));
          const { findings } = analyseMeaningfulAccess(reached, baseline);
          const out = publishFindings(findings, reached, 5);
          for (const finding of out.findings) {
            const parts = reached.filter((c) => isInGroup(c, finding.group));
            if (finding.reached !== null) {
              expect(finding.reached).toBe(parts.reduce((sum, c) => sum + c.count, 0));
            }
            // A count from 1 to 4 is never published, alone or as a one-cell group.
            if (parts.length === 1 && parts[0]!.count > 0 && parts[0]!.count < 5) {
              expect(finding.reached).toBeNull();
            }
          }
        },
      ),
    );
  });
});

describe('publishFindings with the totals the reach tables publish', () => {
  // Children under 5 are not asked the Washington Group questions: their disability is unknown.
  const reached = [
    ...REACHED,
    cell('female', '0-4', 'unknown', 90),
    cell('male', '0-4', 'unknown', 85),
  ];
  const baseline = reached.map((c) => ({ ...c, count: c.disability === 'disabled' ? 300 : 1000 }));
  const analysis = analyseMeaningfulAccess(reached, baseline);
  const total = (pick: (c: GroupCell) => boolean) =>
    reached.filter(pick).reduce((sum, c) => sum + c.count, 0);
  const margins = (['disabled', 'not_disabled', 'unknown'] as const).map((key) => ({
    dimension: 'disability' as const,
    key,
    total: total((c) => c.disability === key),
  }));
  const find = (findings: ReturnType<typeof publishFindings>, label: string) =>
    findings.findings.find((f) => f.label === label)!;

  it('shows those totals, and the share whose base they add up to', () => {
    const alone = publishFindings(analysis.findings, reached, 5);
    expect(find(alone, 'disabled')).toMatchObject({ reached: null, reachedShare: null });
    const agreed = publishFindings(analysis.findings, reached, 5, margins);
    const disabled = find(agreed, 'disabled');
    expect(disabled.reached).toBe(97);
    expect(disabled.reachedShare).toBeCloseTo(97 / 992, 10);
  });

  it('withholds more cells, so that no published total minus the published cells leaves one', () => {
    const agreed = publishFindings(analysis.findings, reached, 5, margins);
    const fine = agreed.findings.filter((f) => f.label.split(' ').length === 3);
    for (const key of ['disabled', 'not_disabled']) {
      const inKey = fine.filter((f) => f.label.endsWith(` ${key}`));
      expect(inKey.filter((f) => f.reached === null).length).not.toBe(1);
    }
  });
});
