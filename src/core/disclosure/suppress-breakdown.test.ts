import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressBreakdown } from './suppress-breakdown.js';

const cellsOf = (counts: number[]) => counts.map((count, i) => ({ key: String(i), count }));

describe('suppressBreakdown', () => {
  it.each([
    ['nothing small', [10, 12, 7], [10, 12, 7], 29],
    ['one small cell takes the smallest other with it', [10, 2, 7], [10, null, null], 19],
    ['two small cells protect each other', [10, 2, 3], [10, null, null], 15],
    ['zero is not suppressed unless needed as a partner', [10, 0, 7], [10, 0, 7], 17],
    ['a non-zero partner is preferred to a zero', [0, 3, 9], [0, null, null], 12],
    ['a small total hides everything', [3, 0], [null, null], null],
  ] as [string, number[], (number | null)[], number | null][])(
    '%s',
    (_name, counts, expected, total) => {
      const published = suppressBreakdown(cellsOf(counts), 5);
      expect(published.cells.map((c) => c.count)).toEqual(expected);
      expect(published.total).toBe(total);
    },
  );

  it('never publishes a small count, and never lets one be recomputed from the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 11 }),
        (counts, threshold) => {
          const { cells, total } = suppressBreakdown(cellsOf(counts), threshold);
          cells.forEach((cell, i) => {
            if (counts[i]! > 0 && counts[i]! < threshold) expect(cell.count).toBeNull();
          });
          const hidden = cells.filter((c) => c.count === null).length;
          if (total !== null) expect(hidden === 0 || hidden >= 2).toBe(true);
          else expect(hidden).toBe(cells.length);
        },
      ),
    );
  });
});
