/**
 * A two-way table with its margins as one (R + 1) × (C + 1) grid: row R holds the column totals,
 * column C the row totals, (R, C) the grand total. Every grid row and grid column is then one
 * published equation: its inner entries add up to its total entry.
 */
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

/**
 * +1 for inner entries and the grand total, −1 for margins: with y = sign × value, every grid row
 * and column sums to zero, so hidden entries that could move together form a circulation.
 */
export function signOf(grid: TableGrid, entry: Entry): 1 | -1 {
  return (entry.row === grid.rows) !== (entry.column === grid.columns) ? -1 : 1;
}

/** Every entry of one grid line: `row` r or `column` c, totals included. */
export function lineEntries(grid: TableGrid, line: { row: number } | { column: number }): Entry[] {
  return 'row' in line
    ? Array.from({ length: grid.columns + 1 }, (_, column) => ({ row: line.row, column }))
    : Array.from({ length: grid.rows + 1 }, (_, row) => ({ row, column: line.column }));
}

/** All grid lines: rows 0..R, then columns 0..C. */
export function gridLines(grid: TableGrid): ({ row: number } | { column: number })[] {
  return [
    ...Array.from({ length: grid.rows + 1 }, (_, row) => ({ row })),
    ...Array.from({ length: grid.columns + 1 }, (_, column) => ({ column })),
  ];
}

export const keyOf = (entry: Entry) => `${entry.row},${entry.column}`;
