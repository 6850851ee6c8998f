/**
 * A two-way table with its margins as one (R + 1) × (C + 1) grid: row R holds the column totals,
 * column C the row totals, (R, C) the grand total. Every grid row and grid column is then one
 * published equation: its inner entries add up to its total entry.
 */
import type { Network } from './network.js';

export interface Entry {
  row: number;
  column: number;
}

export interface TableGrid {
  /** values[r][c] for r ≤ R, c ≤ C (R = rows, C = columns of the inner table). */
  values: number[][];
  rows: number;
  columns: number;
}

/** The grid of an inner table (rectangular, checked by the caller). */
export function gridOf(counts: readonly (readonly number[])[]): TableGrid {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const values = counts.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, c) =>
    values.reduce((s, row) => s + row[c]!, 0),
  );
  values.push(totals);
  return { values, rows, columns };
}

/** Whether an entry is a total (a margin or the grand total). */
export function isTotal(grid: TableGrid, entry: Entry): boolean {
  return entry.row === grid.rows || entry.column === grid.columns;
}

/** Entries in row-major order: index r × (C + 1) + c. */
export const indexOf = (grid: TableGrid, entry: Entry) =>
  entry.row * (grid.columns + 1) + entry.column;

export const entryAt = (grid: TableGrid, index: number): Entry => ({
  row: Math.floor(index / (grid.columns + 1)),
  column: index % (grid.columns + 1),
});

/**
 * The grid as a network: equations 0..R are the grid rows, R + 1 + c the grid columns. An inner
 * entry or the grand total runs from its row to its column, a margin from its column to its row,
 * so every line balances (its inner entries add up to its total).
 */
export function networkOfGrid(grid: TableGrid): Network {
  const columnNode = (c: number) => grid.rows + 1 + c;
  const entries = grid.values.flatMap((row, r) =>
    row.map((value, c) => {
      const isMargin = (r === grid.rows) !== (c === grid.columns);
      return isMargin
        ? { from: columnNode(c), to: r, value, isPublished: true }
        : { from: r, to: columnNode(c), value, isPublished: true };
    }),
  );
  return { equations: grid.rows + grid.columns + 2, entries };
}

export const keyOf = (entry: Entry) => `${entry.row},${entry.column}`;
