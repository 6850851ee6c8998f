/**
 * The tables of one place hierarchy by several dimensions (sex, age bracket, disability) share
 * every place's total (decision 019, addendum). Each dimension is suppressed as a hierarchy; a
 * total that any of them hides is then hidden in all, and they are suppressed again, until none
 * hides one more. Each round hides more, so it ends. No table then publishes a total another
 * withholds. This is consistency, not an exact check over the tables together.
 */
import {
  suppressHierarchy,
  type HierarchyInput,
  type HierarchyOptions,
  type PublishedHierarchy,
} from './suppress-hierarchy.js';

/** One published hierarchy per input, in the same order, hiding the same totals. */
export function suppressLinkedDimensions(
  inputs: readonly HierarchyInput[],
  options: Pick<HierarchyOptions, 'threshold' | 'suppressZeros'> = {},
): PublishedHierarchy[] {
  let hiddenTotals = new Set<string>();
  let hideOverallTotal = false;
  for (;;) {
    const solutions = inputs.map((input) =>
      suppressHierarchy(input, { ...options, hiddenTotals, hideOverallTotal }),
    );
    const hidden = new Set(
      solutions.flatMap((s) => [...s.rows].filter(([, row]) => row.total === null).map(([k]) => k)),
    );
    const overall = solutions.some((s) => s.overall.total === null);
    if (hidden.size === hiddenTotals.size && overall === hideOverallTotal) return solutions;
    hiddenTotals = hidden;
    hideOverallTotal = overall;
  }
}
