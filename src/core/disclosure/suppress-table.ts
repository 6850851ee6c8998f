/**
 * Disclosure control of a two-way table published with its row, column and grand totals (DOMAIN.md
 * §8, decision 019). Primary suppression hides every count from 1 to threshold − 1 (totals
 * included; zeros too when `suppressZeros`); complementary suppression then hides the smallest
 * other counts until no hidden count can be recomputed from what is published: first so that no
 * row or column has exactly one hidden entry, then until the exact check of `is-determined.ts`
 * finds no recomputable entry. It stops at that fixed point.
 */
import { invalidInput, type FieldProblem } from '../risk/invalid-input.js';
import { determinedEntries } from './is-determined.js';
import { gridLines, gridOf, keyOf, lineEntries, type Entry, type TableGrid } from './table-grid.js';

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

export type Suppression = 'primary' | 'complementary';

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
  const marks = grid.values.map((row) =>
    row.map((v): Suppression | null =>
      v < threshold && (v > 0 || suppressZeros) ? 'primary' : null,
    ),
  );
  const isHidden = (e: Entry) => marks[e.row]![e.column] !== null;
  const all = grid.values.flatMap((row, r) => row.map((_, c) => ({ row: r, column: c })));
  for (;;) {
    const single = gridLines(grid)
      .map((line) => lineEntries(grid, line))
      .find((entries) => entries.filter(isHidden).length === 1);
    let choice: Entry | undefined;
    if (single)
      choice = cheapest(
        grid,
        single.filter((e) => !isHidden(e)),
        isHidden,
      );
    else {
      const hidden = all.filter(isHidden);
      const target = determinedEntries(grid, hidden)[0];
      if (!target) return marks;
      const near = [
        ...lineEntries(grid, { row: target.row }),
        ...lineEntries(grid, { column: target.column }),
      ];
      const open = (near.some((e) => !isHidden(e)) ? near : all).filter((e) => !isHidden(e));
      const freeing = open.filter(
        (e) => !determinedEntries(grid, [...hidden, e]).some((d) => keyOf(d) === keyOf(target)),
      );
      choice = cheapest(grid, freeing.length > 0 ? freeing : open, isHidden);
    }
    if (!choice) return marks;
    marks[choice.row]![choice.column] = 'complementary';
  }
}

/** Smallest non-zero count first (a hidden zero protects little), then one touching hidden lines. */
function cheapest(
  grid: TableGrid,
  candidates: Entry[],
  isHidden: (e: Entry) => boolean,
): Entry | undefined {
  const value = (e: Entry) => grid.values[e.row]![e.column]!;
  const untouched = (e: Entry) =>
    Number(!lineEntries(grid, { row: e.row }).some(isHidden)) +
    Number(!lineEntries(grid, { column: e.column }).some(isHidden));
  return [...candidates].sort(
    (a, b) =>
      Number(value(a) === 0) - Number(value(b) === 0) ||
      value(a) - value(b) ||
      untouched(a) - untouched(b) ||
      a.row - b.row ||
      a.column - b.column,
  )[0];
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
