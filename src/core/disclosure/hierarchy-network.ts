/**
 * A hierarchical table ("1H2D"): rows are places in a tree (country → admin1 → admin2 → admin3),
 * columns one dimension plus the row total. Its equations: each finest row adds up to its total;
 * for each parent and each column (total included), the children add up to the parent; the root's
 * row adds up to its total. Signed (finest rows +1 on cells, parent equations −1 on inner columns
 * and +1 on the total column, the root's row −1 on cells), every entry has +1 in one equation and
 * −1 in one other, so the table is a network (decision 019). Reach counted directly at a parent is
 * a pseudo-child of it that is never published.
 */
import type { Network, NetworkEntry } from './network.js';

export interface HierarchyPlace {
  key: string;
  /** The place it lies in; null for a root (a country). */
  parent: string | null;
  /** Counts recorded at the place itself, one per column (for a finest place, all of its counts). */
  direct: readonly number[];
}

export interface HierarchyInput {
  columnKeys: readonly string[];
  places: readonly HierarchyPlace[];
}

export interface HierarchyRow {
  /** The place, or null for the sum of several roots or for what is counted directly at a parent. */
  key: string | null;
  /** Index of the parent row, −1 for the root. */
  parent: number;
  isPublished: boolean;
  /** One value per column, then the row total. */
  values: number[];
}

/** The rows of the tree: the places in their order, pseudo-children, and one root over all. */
export function hierarchyRows(input: HierarchyInput): HierarchyRow[] {
  const index = new Map(input.places.map((p, i) => [p.key, i]));
  const roots = input.places.filter((p) => p.parent === null).length;
  const top = roots === 1 ? -1 : input.places.length;
  const rows: HierarchyRow[] = input.places.map((p) => ({
    key: p.key,
    parent: p.parent === null ? top : index.get(p.parent)!,
    isPublished: true,
    values: [...p.direct, 0],
  }));
  if (roots !== 1) rows.push({ key: null, parent: -1, isPublished: true, values: [] });
  const hasChildren = new Set(rows.map((r) => r.parent));
  input.places.forEach((p, i) => {
    if (hasChildren.has(i) && p.direct.some((v) => v > 0))
      rows.push({ key: null, parent: i, isPublished: false, values: [...p.direct, 0] });
  });
  const width = input.columnKeys.length;
  for (const [i, row] of rows.entries()) {
    row.values = hasChildren.has(i)
      ? new Array<number>(width + 1).fill(0)
      : [...row.values.slice(0, width), sum(row.values.slice(0, width))];
  }
  for (const i of bottomUp(rows)) {
    const { parent } = rows[i]!;
    if (parent < 0) continue;
    rows[i]!.values.forEach((v, c) => (rows[parent]!.values[c]! += v));
  }
  return rows;
}

/** The network of the rows: entry r × (C + 1) + c is row r's value in column c (C: the total). */
export function networkOfHierarchy(rows: readonly HierarchyRow[], columns: number): Network {
  const hasChildren = new Set(rows.map((r) => r.parent));
  const leafEquation = new Map<number, number>();
  rows.forEach((_, i) => {
    if (!hasChildren.has(i)) leafEquation.set(i, leafEquation.size);
  });
  const rootEquation = leafEquation.size;
  const parentEquation = new Map<number, number>();
  rows.forEach((_, i) => {
    if (hasChildren.has(i))
      parentEquation.set(i, rootEquation + 1 + parentEquation.size * (columns + 1));
  });
  const entries = rows.flatMap((row, i) =>
    row.values.map((value, c): NetworkEntry => {
      // `above`: the equation where the row is a child (the root's own row for the root);
      // `below`: where it is the parent (or its own row, for a finest place).
      const above = row.parent < 0 ? rootEquation : parentEquation.get(row.parent)! + c;
      const below = hasChildren.has(i) ? parentEquation.get(i)! + c : leafEquation.get(i)!;
      // Signed as above, an inner column has −1 above and +1 below; the total the other way round.
      const [from, to] = c === columns ? [below, above] : [above, below];
      return { from, to, value, isPublished: row.isPublished };
    }),
  );
  return { equations: rootEquation + 1 + parentEquation.size * (columns + 1), entries };
}

/** Row indexes, every row after all of its descendants. */
function bottomUp(rows: readonly HierarchyRow[]): number[] {
  const depth = rows.map(() => 0);
  const depthOf = (i: number): number =>
    rows[i]!.parent < 0 ? 0 : depth[i] || (depth[i] = 1 + depthOf(rows[i]!.parent));
  rows.forEach((_, i) => depthOf(i));
  return rows.map((_, i) => i).sort((a, b) => depth[b]! - depth[a]!);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
