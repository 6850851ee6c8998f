/**
 * Disclosure control of linked tables (decision 019, addendum): the tables of one dimension at
 * every admin level of a hierarchy, drill-downs included, suppressed at once as one network, so
 * that every level's table is cut from one consistent solution and no table gives back what
 * another withholds.
 */
import { invalidInput, type FieldProblem } from '../risk/invalid-input.js';
import { hierarchyRows, networkOfHierarchy, type HierarchyInput } from './hierarchy-network.js';
import { suppressNetwork } from './suppress-network.js';

export type { HierarchyInput, HierarchyPlace } from './hierarchy-network.js';

export interface PublishedRow {
  /** A count is null when suppressed. */
  cells: (number | null)[];
  total: number | null;
}

export interface PublishedHierarchy {
  columnKeys: string[];
  /** Every place's row. */
  rows: Map<string, PublishedRow>;
  /** All roots added up (the root's own row when there is one). */
  overall: PublishedRow;
}

export interface HierarchyOptions {
  threshold?: number;
  suppressZeros?: boolean;
  /**
   * Places whose total a linked table hides (the same places by another dimension), and whether it
   * hides the overall total: hidden here from the start, so no table publishes them.
   */
  hiddenTotals?: ReadonlySet<string>;
  hideOverallTotal?: boolean;
}

/** Suppresses small counts of every level and enough others that no level can reveal them. */
export function suppressHierarchy(
  input: HierarchyInput,
  options: HierarchyOptions = {},
): PublishedHierarchy {
  const { threshold = 5, suppressZeros = false } = options;
  checkHierarchy(input, threshold);
  const columns = input.columnKeys.length;
  const rows = hierarchyRows(input);
  const totalOf = (r: number) => r * (columns + 1) + columns;
  const hidden = rows.flatMap((row, r) =>
    (row.key !== null && options.hiddenTotals?.has(row.key)) ||
    (row.parent < 0 && options.hideOverallTotal)
      ? [totalOf(r)]
      : [],
  );
  const marks = suppressNetwork(networkOfHierarchy(rows, columns), {
    threshold,
    suppressZeros,
    hidden,
  });
  const published = rows.map((row, r): PublishedRow => {
    const shown = row.values.map((v, c) => (marks[r * (columns + 1) + c] ? null : v));
    return { cells: shown.slice(0, columns), total: shown[columns]! };
  });
  const root = rows.findIndex((row) => row.parent < 0);
  return {
    columnKeys: [...input.columnKeys],
    rows: new Map(input.places.map((p, i) => [p.key, published[i]!])),
    overall: published[root] ?? { cells: input.columnKeys.map(() => 0), total: 0 },
  };
}

function checkHierarchy(input: HierarchyInput, threshold: number): void {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(threshold) || threshold < 1)
    problems.push({ path: 'threshold', code: 'not_a_threshold' });
  if (input.columnKeys.length === 0) problems.push({ path: 'columnKeys', code: 'empty' });
  const parentOf = new Map(input.places.map((p) => [p.key, p.parent]));
  if (parentOf.size !== input.places.length) problems.push({ path: 'places', code: 'duplicate' });
  input.places.forEach((place, i) => {
    if (place.direct.length !== input.columnKeys.length)
      problems.push({ path: `places.${i}.direct`, code: 'length_mismatch' });
    place.direct.forEach((v, c) => {
      if (!Number.isInteger(v) || v < 0)
        problems.push({ path: `places.${i}.direct.${c}`, code: 'not_a_count' });
    });
    if (!isRooted(place.key, parentOf))
      problems.push({ path: `places.${i}.parent`, code: 'not_in_tree' });
  });
  if (problems.length > 0) throw invalidInput('disclosure.invalid_table', problems);
}

/** Whether the place's parents lead to a root without a loop or an unknown place. */
function isRooted(key: string, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let at: string | null = key; at !== null; at = parentOf.get(at) ?? null) {
    if (seen.has(at) || !parentOf.has(at)) return false;
    seen.add(at);
  }
  return true;
}
