import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedByFillings } from '../../../test/support/hierarchy-fillings.js';
import type { HierarchyInput } from './hierarchy-network.js';
import type { PublishedHierarchy } from './suppress-hierarchy.js';
import { suppressLinkedDimensions } from './suppress-linked-dimensions.js';

/* The same places by two dimensions (sex by two ages, say): the tables share every total. */

/** A country with 1–3 districts, each with counts by 2 × 2 cells of the two dimensions. */
const crossedPlaces = fc.array(
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }),
  { minLength: 1, maxLength: 3 },
);

/** The hierarchy by one dimension: cells [a0b0, a0b1, a1b0, a1b1] added up over the other. */
function byDimension(districts: number[][], dimension: 'a' | 'b'): HierarchyInput {
  const margin = (c: number[]) =>
    dimension === 'a' ? [c[0]! + c[1]!, c[2]! + c[3]!] : [c[0]! + c[2]!, c[1]! + c[3]!];
  return {
    columnKeys: ['k0', 'k1'],
    places: [
      { key: 'R', parent: null, direct: [0, 0] },
      ...districts.map((c, i) => ({ key: `D${i}`, parent: 'R', direct: margin(c) })),
    ],
  };
}

const hiddenTotals = (p: PublishedHierarchy) =>
  [...p.rows].filter(([, row]) => row.total === null).map(([key]) => key);

const lookup = (published: PublishedHierarchy) => (key: string) =>
  key === '*' ? published.overall : published.rows.get(key);

describe('suppressLinkedDimensions properties', () => {
  it('hides the same totals in every dimension, and each table stays safe on its own', () => {
    fc.assert(
      fc.property(crossedPlaces, fc.integer({ min: 2, max: 6 }), (districts, threshold) => {
        const inputs = [byDimension(districts, 'a'), byDimension(districts, 'b')];
        const [a, b] = suppressLinkedDimensions(inputs, { threshold });
        expect(hiddenTotals(a!)).toEqual(hiddenTotals(b!));
        expect(a!.overall.total).toBe(b!.overall.total);
        expect(determinedByFillings(inputs[0]!, lookup(a!))).toEqual([]);
        expect(determinedByFillings(inputs[1]!, lookup(b!))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('hides in one dimension a total that only the other had to hide', () => {
    // Alone, the tables by a hide the totals of districts 0 and 1; those by b hide neither.
    const districts = [
      [3, 1, 5, 0],
      [3, 5, 0, 0],
      [0, 9, 7, 7],
    ];
    const inputs = [byDimension(districts, 'a'), byDimension(districts, 'b')];
    const alone = inputs.map((input) => suppressLinkedDimensions([input], { threshold: 5 })[0]!);
    const together = suppressLinkedDimensions(inputs, { threshold: 5 });
    expect(hiddenTotals(alone[0]!)).toEqual(['D0', 'D1']);
    expect(hiddenTotals(alone[1]!)).toEqual([]);
    expect(hiddenTotals(together[1]!)).toEqual(['D0', 'D1']);
    expect(determinedByFillings(inputs[1]!, lookup(together[1]!))).toEqual([]);
  });
});
