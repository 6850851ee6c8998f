/**
 * Disclosure control of a two-way table published with its row, column and grand totals (DOMAIN.md
 * §8, decision 019). Primary suppression hides every count from 1 to threshold − 1 (totals
 * included; zeros too when `suppressZeros`); complementary suppression then hides the smallest
 * other counts until no hidden count can be recomputed from what is published: first so that no
 * row or column has exactly one hidden entry, then until the exact check of `is-determined.ts`
 * finds no recomputable entry. It stops at that fixed point.
 */
import { invalidInput, type FieldProblem } from '../risk/invalid-input.js';
import { suppressNetwork, type Suppression } from './suppress-network.js';
import { gridOf, indexOf, networkOfGrid, type TableGrid } from './table-grid.js';

export interface TableInput {
  rowKeys: readonly string[];
  columnKeys: readonly string[];
  /** counts[row][column], whole numbers ≥ 0. */
  counts: readonly (readonly number[])[];
}

export interface SuppressTableOptions {
  /** Smallest count published (default 5; stricter for GBV/SEA tables). */
  threshold?: number;
  /** Whether a zero is sensitive too (default false: see decision 019). */
  suppressZeros?: boolean;
}

export type { Suppression } from './suppress-network.js';

export interface PublishedTable {
  rowKeys: string[];
  columnKeys: string[];
  /** A count is null when suppressed. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
  /** Why each entry is hidden, in the grid layout: inner cells, row totals last, column totals below. */
  suppression: (Suppression | null)[][];
}

/** Suppresses small cells of a table and enough others that its totals cannot reveal them. */
export function suppressTable(
  table: TableInput,
  options: SuppressTableOptions = {},
): PublishedTable {
  const { threshold = 5, suppressZeros = false } = options;
  checkTable(table, threshold);
  const grid = gridOf(table.counts);
  const marks = suppressGrid(grid, threshold, suppressZeros);
  const shown = (r: number, c: number) => (marks[r]![c] ? null : grid.values[r]![c]!);
  const { rows, columns } = grid;
  return {
    rowKeys: [...table.rowKeys],
    columnKeys: [...table.columnKeys],
    cells: table.counts.map((row, r) => row.map((_, c) => shown(r, c))),
    rowTotals: table.counts.map((_, r) => shown(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => shown(rows, c)),
    grandTotal: shown(rows, columns),
    suppression: marks,
  };
}

/** The suppression marks of every grid entry, at the fixed point. */
export function suppressGrid(
  grid: TableGrid,
  threshold: number,
  suppressZeros: boolean,
): (Suppression | null)[][] {
  const marks = suppressNetwork(networkOfGrid(grid), { threshold, suppressZeros });
  return grid.values.map((row, r) =>
    row.map((_, c) => marks[indexOf(grid, { row: r, column: c })]!),
  );
}

function checkTable(table: TableInput, threshold: number): void {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(threshold) || threshold < 1)
    problems.push({ path: 'threshold', code: 'not_a_threshold' });
  if (table.counts.length === 0 || table.columnKeys.length === 0)
    problems.push({ path: 'counts', code: 'empty' });
  if (table.rowKeys.length !== table.counts.length)
    problems.push({ path: 'rowKeys', code: 'length_mismatch' });
  table.counts.forEach((row, r) => {
    if (row.length !== table.columnKeys.length)
      problems.push({ path: `counts.${r}`, code: 'length_mismatch' });
    row.forEach((v, c) => {
      if (!Number.isInteger(v) || v < 0)
        problems.push({ path: `counts.${r}.${c}`, code: 'not_a_count' });
    });
  });
  if (problems.length > 0) throw invalidInput('disclosure.invalid_table', problems);
}
