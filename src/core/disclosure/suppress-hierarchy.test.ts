import { describe, expect, it } from 'vitest';
import {
  determinedByFillings,
  type PublishedValues,
} from '../../../test/support/hierarchy-fillings.js';
import { AppError } from '../errors.js';
import type { HierarchyInput } from './hierarchy-network.js';
import { suppressHierarchy } from './suppress-hierarchy.js';
import { suppressTable } from './suppress-table.js';

const zero = [0, 0];
/** A country R with regions A (districts a1, a2) and B (districts b1, b2); reach at districts only. */
const COUNTRY: HierarchyInput = {
  columnKeys: ['female', 'male'],
  places: [
    { key: 'R', parent: null, direct: zero },
    { key: 'A', parent: 'R', direct: zero },
    { key: 'B', parent: 'R', direct: zero },
    { key: 'a1', parent: 'A', direct: [3, 20] },
    { key: 'a2', parent: 'A', direct: [30, 40] },
    { key: 'b1', parent: 'B', direct: [8, 10] },
    { key: 'b2', parent: 'B', direct: [50, 60] },
  ],
};

const rowsOf = (table: ReturnType<typeof suppressTable>) =>
  new Map<string, PublishedValues>(
    table.rowKeys.map((key, r) => [key, { cells: table.cells[r]!, total: table.rowTotals[r]! }]),
  );

describe('suppressHierarchy', () => {
  it('closes the leak of tables suppressed one by one: the region minus the published district', () => {
    const districts = suppressTable({
      rowKeys: ['a1', 'a2', 'b1', 'b2'],
      columnKeys: COUNTRY.columnKeys,
      counts: [
        [3, 20],
        [30, 40],
        [8, 10],
        [50, 60],
      ],
    });
    const regions = suppressTable({
      rowKeys: ['A', 'B'],
      columnKeys: COUNTRY.columnKeys,
      counts: [
        [33, 60],
        [58, 70],
      ],
    });
    // On its own, the district table protects a1's 3 with b1's column; the region table hides
    // nothing, so A's 33 minus a2's 30 gives the 3 back.
    expect(districts.cells[0]![0]).toBeNull();
    expect(regions.cells[0]).toEqual([33, 60]);
    const oneByOne = new Map([...rowsOf(districts), ...rowsOf(regions)]);
    const country = { cells: regions.columnTotals, total: regions.grandTotal };
    const leaked = determinedByFillings(COUNTRY, (k) => (k === 'R' ? country : oneByOne.get(k)));
    expect(leaked).toContain('a1:0');

    const published = suppressHierarchy(COUNTRY);
    expect(published.rows.get('a1')!.cells[0]).toBeNull();
    expect(
      determinedByFillings(COUNTRY, (k) => (k === '*' ? published.overall : published.rows.get(k))),
    ).toEqual([]);
  });

  it('publishes nothing of what is counted at a parent itself, and lets it protect', () => {
    const input: HierarchyInput = {
      columnKeys: ['female', 'male'],
      places: [
        { key: 'R', parent: null, direct: zero },
        { key: 'A', parent: 'R', direct: [6, 9] },
        { key: 'a1', parent: 'A', direct: [2, 40] },
        { key: 'a2', parent: 'A', direct: [30, 40] },
      ],
    };
    const published = suppressHierarchy(input);
    expect([...published.rows.keys()]).toEqual(['R', 'A', 'a1', 'a2']);
    // a1's 2 is hidden with its 40 (its row gives it back otherwise); in A's columns the 6 and 9
    // counted at A itself do what a hidden sibling would, so a2 and A stay published.
    expect(published.rows.get('a1')).toEqual({ cells: [null, null], total: 42 });
    expect(published.rows.get('a2')).toEqual({ cells: [30, 40], total: 70 });
    expect(published.rows.get('A')).toEqual({ cells: [38, 89], total: 127 });
    expect(
      determinedByFillings(input, (k) => (k === '*' ? published.overall : published.rows.get(k))),
    ).toEqual([]);
  });

  it('adds several countries up into one overall row', () => {
    const published = suppressHierarchy({
      columnKeys: ['female', 'male'],
      places: [
        { key: 'SDN', parent: null, direct: [10, 20] },
        { key: 'TCD', parent: null, direct: [30, 40] },
      ],
    });
    expect(published.overall).toEqual({ cells: [40, 60], total: 100 });
    expect(published.rows.get('TCD')).toEqual({ cells: [30, 40], total: 70 });
  });

  it('refuses a place whose parent is unknown, and counts that are not counts', () => {
    const refused = () =>
      suppressHierarchy({
        columnKeys: ['female'],
        places: [
          { key: 'A', parent: 'X', direct: [1] },
          { key: 'B', parent: null, direct: [-1] },
        ],
      });
    expect(refused).toThrow(AppError);
    expect(refused).toThrow('disclosure.invalid_table');
  });
});
