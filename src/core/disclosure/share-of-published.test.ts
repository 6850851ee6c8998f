import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareOfPublished } from './share-of-published.js';
import { suppressBreakdown } from './suppress-breakdown.js';

const published = (counts: (number | null)[]) => ({
  cells: counts.map((count, i) => ({ key: String(i), count })),
  total: null,
});

describe('shareOfPublished', () => {
  it.each([
    ['part of the whole', [6, 2, 2], ['0'], ['0', '1', '2'], 0.6],
    ['cells outside the whole are ignored, even hidden', [6, 4, null], ['0'], ['0', '1'], 0.6],
    ['an empty whole has no share', [0, 0, 9], ['0'], ['0', '1'], null],
    ['a hidden count in the part withholds it', [null, 7, 8], ['0'], ['0', '1', '2'], null],
    ['a hidden count in the whole withholds it', [5, null, 8], ['0'], ['0', '1', '2'], null],
  ] as [string, (number | null)[], string[], string[], number | null][])(
    '%s',
    (_name, counts, part, whole, expected) => {
      expect(shareOfPublished(published(counts), part, whole)).toBe(expected);
    },
  );

  it('after suppression, is published only when every count it uses is at the threshold or above', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 2, maxLength: 7 }),
        fc.integer({ min: 2, max: 11 }),
        (counts, threshold) => {
          const cells = counts.map((count, i) => ({ key: String(i), count }));
          const whole = cells.slice(0, -1).map((c) => c.key);
          const share = shareOfPublished(suppressBreakdown(cells, threshold), ['0'], whole);
          if (share !== null) {
            counts.slice(0, -1).forEach((n) => expect(n === 0 || n >= threshold).toBe(true));
          }
        },
      ),
    );
  });
});
