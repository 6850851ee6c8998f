/**
 * What viewers may see of a meaningful-access analysis (DOMAIN.md §8). The reached counts are
 * published as a two-way table (sex × age bracket by disability) through `suppressTable`, so small
 * cells and their complements are withheld; a group's count is then published only when every
 * cell it adds up is published, so no group total can reveal a withheld cell. Where a count is
 * withheld, so is everything that would give it back (its share, representation and p-values);
 * the group's status stays: it tells only that the count is significantly low, not what it is.
 *
 * The reach tables by place publish, for the same scope, the total of each sex, bracket and
 * disability status (`margins`). Those totals are published here too, and the cells are withheld
 * further until no withheld cell is a combination of them and the published cells (decision 019,
 * addendum on the access findings).
 */
import { suppressTable } from '../disclosure/suppress-table.js';
import { withholdAgainstSums, type KnownSum } from '../disclosure/withhold-against-sums.js';
import {
  dimensionsOf,
  isInGroup,
  isKnownOn,
  type GroupCell,
  type GroupDimension,
} from './access-groups.js';
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

/** A total another output publishes for the same people: everyone of one sex, bracket or status. */
export interface PublishedMargin {
  dimension: GroupDimension;
  key: string;
  total: number;
}

/** The findings with counts withheld where disclosure control requires it. */
export function publishFindings(
  findings: readonly AccessFinding[],
  reached: readonly GroupCell[],
  threshold: number,
  margins: readonly PublishedMargin[] = [],
): PublishedFindings {
  const rowKeys = [...new Set(reached.map((c) => `${c.sex}|${c.bracket}`))];
  const columnKeys = [...new Set(reached.map((c) => c.disability))];
  const counts = rowKeys.map(() => columnKeys.map(() => 0));
  for (const cell of reached) {
    counts[rowKeys.indexOf(`${cell.sex}|${cell.bracket}`)]![columnKeys.indexOf(cell.disability)]! +=
      cell.count;
  }
  const table = suppressTable({ rowKeys, columnKeys, counts }, { threshold });
  const indexOf = (cell: GroupCell) =>
    rowKeys.indexOf(`${cell.sex}|${cell.bracket}`) * columnKeys.length +
    columnKeys.indexOf(cell.disability);
  const flat = counts.flat();
  const withheld = new Set(
    table.cells.flatMap((row, r) =>
      row.flatMap((value, c) => (value === null ? [r * columnKeys.length + c] : [])),
    ),
  );
  const sums: KnownSum[] = margins.map((margin) => ({
    cells: reached
      .filter((cell) => cell[margin.dimension] === margin.key)
      .map(indexOf)
      .filter((index, i, all) => all.indexOf(index) === i),
    total: margin.total,
  }));
  if (table.grandTotal !== null)
    sums.push({ cells: flat.map((_, i) => i), total: table.grandTotal });
  const hidden = withholdAgainstSums(flat, withheld, sums);
  const isPublished = (cell: GroupCell) => !hidden.has(indexOf(cell));
  // A one-dimensional denominator is published when each of its categories' margins is.
  const isSumOfMargins = (cells: readonly GroupCell[], dimensions: readonly GroupDimension[]) => {
    const [dimension, ...more] = dimensions;
    if (dimension === undefined || more.length > 0) return false;
    const keys = new Set(cells.map((cell) => cell[dimension]));
    return [...keys].every((key) =>
      margins.some(
        (m) =>
          m.dimension === dimension &&
          m.key === key &&
          m.total ===
            cells.filter((c) => c[dimension] === key).reduce((sum, c) => sum + c.count, 0),
      ),
    );
  };
  // A one-dimensional group's count is the margin another output publishes.
  const isPublishedMargin = (finding: AccessFinding) => {
    const [dimension, ...more] = dimensionsOf(finding.group);
    return (
      dimension !== undefined &&
      more.length === 0 &&
      margins.some(
        (m) =>
          m.dimension === dimension &&
          m.key === finding.group[dimension] &&
          m.total === finding.reached,
      )
    );
  };
  return {
    reachedTotal: table.grandTotal,
    findings: findings.map((finding): PublishedFinding => {
      const dimensions = dimensionsOf(finding.group);
      const denominator = reached.filter((cell) => isKnownOn(cell, dimensions));
      const parts = denominator.filter((cell) => isInGroup(cell, finding.group));
      // The denominator (people known on the group's dimensions) leaves as the share's base and
      // as `expected`: withheld too when it adds up a withheld cell, unless it is the published
      // grand total itself, or the sum of published margins of the group's one dimension.
      const isBasePublished =
        denominator.every(isPublished) ||
        (denominator.length === reached.length && table.grandTotal !== null) ||
        isSumOfMargins(denominator, dimensions);
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
      if (parts.every(isPublished) || isPublishedMargin(finding))
        return { ...finding, ...base, suppressed: false };
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
