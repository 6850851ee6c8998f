import { describe, expect, it } from 'vitest';
import { suppressTable, type PublishedTable } from './suppress-table.js';

const table = (counts: number[][]) => ({
  rowKeys: counts.map((_, i) => `r${i}`),
  columnKeys: (counts[0] ?? []).map((_, i) => `c${i}`),
  counts,
});

/** The published grid, totals included, in the layout of `suppression`. */
const gridOfPublished = (p: PublishedTable) => [
  ...p.cells.map((row, r) => [...row, p.rowTotals[r]!]),
  [...p.columnTotals, p.grandTotal],
];

describe('suppressTable', () => {
  it.each([
    [
      'nothing small',
      [
        [20, 12],
        [15, 30],
      ],
      [
        [20, 12, 32],
        [15, 30, 45],
        [35, 42, 77],
      ],
    ],
    [
      'one small cell takes a rectangle of the smallest others with it',
      [
        [20, 3, 15],
        [12, 18, 9],
        [25, 30, 40],
      ],
      [
        [20, null, null, 38],
        [12, null, null, 39],
        [25, 30, 40, 95],
        [57, 51, 64, 172],
      ],
    ],
    [
      'zeros are published',
      [
        [0, 12],
        [15, 30],
      ],
      [
        [0, 12, 12],
        [15, 30, 45],
        [15, 42, 57],
      ],
    ],
    [
      'a small total is hidden with its cells, and protected in its own column',
      [
        [2, 1],
        [30, 40],
      ],
      [
        [null, null, null],
        [null, null, null],
        [32, 41, 73],
      ],
    ],
  ])('%s', (_name, counts, expected) => {
    expect(gridOfPublished(suppressTable(table(counts)))).toEqual(expected);
  });

  it('hides zeros too when they are sensitive', () => {
    const published = suppressTable(
      table([
        [0, 12],
        [15, 30],
      ]),
      { suppressZeros: true },
    );
    expect(published.cells[0]![0]).toBeNull();
    expect(published.suppression[0]![0]).toBe('primary');
  });

  it('hides more when hidden zeros could only be zeros (counts are never negative)', () => {
    // Pairs in every line are not enough here: 2 = 2 + a + b with a, b ≥ 0 forces a = b = 0.
    const published = suppressTable(table([[2], [0], [0]]), { threshold: 2, suppressZeros: true });
    expect(gridOfPublished(published)).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [2, 2],
    ]);
    expect(published.suppression[0]).toEqual(['complementary', 'complementary']);
  });

  it('uses a stricter threshold for GBV tables', () => {
    const published = suppressTable(
      table([
        [8, 12],
        [15, 30],
      ]),
      { threshold: 10 },
    );
    expect(published.cells).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(published.grandTotal).toBe(65);
  });

  it('refuses a ragged table or a bad count, naming them', () => {
    expect(() =>
      suppressTable({
        rowKeys: ['a', 'b'],
        columnKeys: ['x', 'y'],
        counts: [
          [1, 2],
          [3, -1, 4],
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        details: {
          fields: [
            { path: 'counts.1', code: 'length_mismatch' },
            { path: 'counts.1.1', code: 'not_a_count' },
          ],
        },
      }) as Error,
    );
  });
});
