import { describe, expect, it } from 'vitest';
import { determinedEntries } from './is-determined.js';
import { gridOf, keyOf, type Entry } from './table-grid.js';

const inner = (rows: number, columns: number): Entry[] =>
  Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => ({ row, column })),
  ).flat();

describe('determinedEntries', () => {
  it('finds a lone hidden cell of a row', () => {
    const grid = gridOf([
      [3, 10],
      [8, 9],
    ]);
    expect(determinedEntries(grid, [{ row: 0, column: 0 }]).map(keyOf)).toEqual(['0,0']);
  });

  it('frees the four corners of a rectangle of positive counts', () => {
    const grid = gridOf([
      [3, 10, 6],
      [8, 9, 7],
    ]);
    expect(determinedEntries(grid, inner(2, 2))).toEqual([]);
  });

  it('sees that hidden zeros can only grow: a zero row total gives its cells away', () => {
    // Row 1 adds up to 0, so both of its cells are 0, then row 0 and the columns give the rest.
    const grid = gridOf([
      [3, 0],
      [0, 0],
    ]);
    expect(determinedEntries(grid, inner(2, 2)).map(keyOf)).toEqual(['0,0', '0,1', '1,0', '1,1']);
  });

  it('lets a positive cell move against a hidden zero, but only downwards', () => {
    const grid = gridOf([
      [3, 0, 9],
      [4, 6, 8],
    ]);
    expect(determinedEntries(grid, inner(2, 2))).toEqual([]);
  });

  it('counts hidden totals as unknowns of their lines', () => {
    const grid = gridOf([
      [2, 1],
      [30, 40],
    ]);
    // Row 0 with its total hidden: 2 + 1 = t has a free direction only with another hidden line.
    const hidden = [
      { row: 0, column: 0 },
      { row: 0, column: 1 },
      { row: 0, column: 2 },
    ];
    expect(determinedEntries(grid, hidden).map(keyOf)).toEqual(['0,0', '0,1', '0,2']);
  });
});
