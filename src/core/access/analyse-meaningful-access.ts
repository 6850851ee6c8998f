/**
 * Meaningful access (DOMAIN.md §1, §3): for each group, its share of the people reached against
 * its share of the baseline population, tested one-sided with an exact binomial test and
 * corrected across groups; a significant shortfall at least as large as the minimum gap is an
 * exclusion alert ("women over 60 with disabilities are under-reached"). Decision 018.
 */
import { invalidInput, type FieldProblem } from '../risk/invalid-input.js';
import { adjustPValues } from './adjust-p-values.js';
import { parseAccessOptions } from './access-options.schema.js';
import { groupsOf, labelOf, shareOf, type GroupCell, type GroupKey } from './access-groups.js';
import { binomialLowerTail, smallestLowerTail } from './binomial-tail.js';

export type AccessStatus =
  | 'excluded'
  | 'gap_below_minimum'
  | 'not_significant'
  | 'underpowered'
  | 'no_baseline'
  | 'no_reach';

export interface AccessFinding {
  group: GroupKey;
  label: string;
  reached: number;
  reachedTotal: number;
  reachedShare: number | null;
  baselineShare: number | null;
  /** People the group would count at its baseline share. */
  expected: number | null;
  /** reachedShare ÷ baselineShare: 1 is fair, 0.5 half the fair share. */
  representation: number | null;
  pValue: number | null;
  adjustedPValue: number | null;
  status: AccessStatus;
}

export interface AccessAnalysis {
  findings: AccessFinding[];
  /** The excluded groups, most certain first. */
  alerts: AccessFinding[];
}

/** Compares reached people with the baseline population, group by group. */
export function analyseMeaningfulAccess(
  reached: readonly GroupCell[],
  baseline: readonly GroupCell[],
  options: unknown = {},
): AccessAnalysis {
  const { alpha, minRelativeGap, correction } = parseAccessOptions(options);
  checkCells(reached, baseline);
  const findings = groupsOf([...baseline, ...reached]).map((group) =>
    testGroup(group, reached, baseline, alpha),
  );
  // Groups that cannot reach significance even with nobody reached are left out of the family
  // (Tarone 1990): they can never be rejected, so they only dilute the correction.
  const tested = findings.filter((f) => f.status === 'not_significant');
  const adjusted = adjustPValues(
    tested.map((f) => f.pValue as number),
    correction,
  );
  tested.forEach((finding, i) => {
    const p = adjusted[i]!;
    finding.adjustedPValue = p;
    if (p <= alpha)
      finding.status =
        (finding.representation as number) <= 1 - minRelativeGap ? 'excluded' : 'gap_below_minimum';
  });
  const alerts = findings
    .filter((f) => f.status === 'excluded')
    .sort(
      (a, b) =>
        (a.adjustedPValue as number) - (b.adjustedPValue as number) ||
        (a.representation as number) - (b.representation as number),
    );
  return { findings, alerts };
}

function testGroup(
  group: GroupKey,
  reached: readonly GroupCell[],
  baseline: readonly GroupCell[],
  alpha: number,
): AccessFinding {
  const r = shareOf(reached, group);
  const b = shareOf(baseline, group);
  const finding: AccessFinding = {
    group,
    label: labelOf(group),
    reached: r.count,
    reachedTotal: r.total,
    reachedShare: r.total > 0 ? r.count / r.total : null,
    baselineShare: b.total > 0 ? b.count / b.total : null,
    expected: null,
    representation: null,
    pValue: null,
    adjustedPValue: null,
    status: 'not_significant',
  };
  const p = finding.baselineShare;
  if (p === null || p === 0) return { ...finding, status: 'no_baseline' };
  if (r.total === 0) return { ...finding, status: 'no_reach' };
  finding.expected = r.total * p;
  finding.representation = (finding.reachedShare as number) / p;
  finding.pValue = binomialLowerTail(r.count, r.total, p);
  if (smallestLowerTail(r.total, p) > alpha) finding.status = 'underpowered';
  return finding;
}

function checkCells(reached: readonly GroupCell[], baseline: readonly GroupCell[]): void {
  const problems: FieldProblem[] = [
    ...reached.flatMap((c, i) =>
      Number.isInteger(c.count) && c.count >= 0
        ? []
        : [{ path: `reached.${i}.count`, code: 'not_a_count' }],
    ),
    ...baseline.flatMap((c, i) =>
      Number.isFinite(c.count) && c.count >= 0
        ? []
        : [{ path: `baseline.${i}.count`, code: 'not_a_population' }],
    ),
  ];
  if (problems.length > 0) throw invalidInput('access.invalid_counts', problems);
}
