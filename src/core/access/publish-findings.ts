/**
 * What viewers may see of a meaningful-access analysis (DOMAIN.md §8). The reached counts are
 * published as a two-way table (sex × age bracket by disability) through `suppressTable`, so small
 * cells and their complements are withheld; a group's count is then published only when every
 * cell it adds up is published, so no group total can reveal a withheld cell. Where a count is
 * withheld, so is everything that would give it back (its share, representation and p-values);
 * the group's status stays: it tells only that the count is significantly low, not what it is.
 */
import { suppressTable } from '../disclosure/suppress-table.js';
import { dimensionsOf, isInGroup, isKnownOn, type GroupCell } from './access-groups.js';
import type { AccessFinding } from './analyse-meaningful-access.js';

export interface PublishedFinding extends Omit<AccessFinding, 'reached' | 'reachedTotal'> {
  reached: number | null;
  reachedTotal: number | null;
  suppressed: boolean;
}

export interface PublishedFindings {
  findings: PublishedFinding[];
  reachedTotal: number | null;
}

/** The findings with counts withheld where disclosure control requires it. */
export function publishFindings(
  findings: readonly AccessFinding[],
  reached: readonly GroupCell[],
  threshold: number,
): PublishedFindings {
  const rowKeys = [...new Set(reached.map((c) => `${c.sex}|${c.bracket}`))];
  const columnKeys = [...new Set(reached.map((c) => c.disability))];
  const counts = rowKeys.map(() => columnKeys.map(() => 0));
  for (const cell of reached) {
    counts[rowKeys.indexOf(`${cell.sex}|${cell.bracket}`)]![columnKeys.indexOf(cell.disability)]! +=
      cell.count;
  }
  const table = suppressTable({ rowKeys, columnKeys, counts }, { threshold });
  const isPublished = (cell: GroupCell) =>
    table.cells[rowKeys.indexOf(`${cell.sex}|${cell.bracket}`)]![
      columnKeys.indexOf(cell.disability)
    ] !== null;
  return {
    reachedTotal: table.grandTotal,
    findings: findings.map((finding): PublishedFinding => {
      const dimensions = dimensionsOf(finding.group);
      const denominator = reached.filter((cell) => isKnownOn(cell, dimensions));
      const parts = denominator.filter((cell) => isInGroup(cell, finding.group));
      // The denominator (people known on the group's dimensions) leaves as the share's base and
      // as `expected`: withheld too when it adds up a withheld cell, unless it is the published
      // grand total itself.
      const isBasePublished =
        denominator.every(isPublished) ||
        (denominator.length === reached.length && table.grandTotal !== null);
      const base = isBasePublished
        ? {}
        : {
            reachedTotal: null,
            expected: null,
            reachedShare: null,
            representation: null,
            pValue: null,
            adjustedPValue: null,
          };
      if (parts.every(isPublished)) return { ...finding, ...base, suppressed: false };
      return {
        ...finding,
        ...base,
        reached: null,
        reachedShare: null,
        representation: null,
        pValue: null,
        adjustedPValue: null,
        suppressed: true,
      };
    }),
  };
}
