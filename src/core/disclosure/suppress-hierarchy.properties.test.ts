import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedByFillings } from '../../../test/support/hierarchy-fillings.js';
import { hierarchyRows, networkOfHierarchy, type HierarchyInput } from './hierarchy-network.js';
import { unbalancedEquation } from './network.js';
import { suppressHierarchy, type PublishedHierarchy } from './suppress-hierarchy.js';

/* What an attacker can work out from every level of a suppressed hierarchy (decision 019). */

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Small random hierarchies: a country, 1–3 admin1 places, optionally 0–3 admin2 under each. */
const hierarchies = (maxValue: number) =>
  fc
    .record({
      columns: fc.integer({ min: 2, max: 3 }),
      isDeep: fc.boolean(),
      shape: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    })
    .chain(({ columns, isDeep, shape }) => {
      const parents = [
        { key: 'R', parent: null },
        ...shape.map((_, i) => ({ key: `A${i}`, parent: 'R' })),
        ...(isDeep
          ? shape.flatMap((n, i) => range(n).map((j) => ({ key: `A${i}.${j}`, parent: `A${i}` })))
          : []),
      ];
      const count = fc.array(fc.integer({ min: 0, max: maxValue }), {
        minLength: columns,
        maxLength: columns,
      });
      return fc
        .array(fc.tuple(count, fc.integer({ min: 0, max: 3 })), {
          minLength: parents.length,
          maxLength: parents.length,
        })
        .map((counts): HierarchyInput => {
          const hasChildren = new Set(parents.map((p) => p.parent));
          return {
            columnKeys: range(columns).map((c) => `c${c}`),
            places: parents.map((p, i) => {
              const [direct, chance] = counts[i]!;
              // A parent has reach counted directly at it one time in four.
              const isDirect = !hasChildren.has(p.key) || chance === 0;
              return { ...p, direct: isDirect ? direct : direct.map(() => 0) };
            }),
          };
        });
    });
const settings = fc.record({
  threshold: fc.integer({ min: 2, max: 7 }),
  suppressZeros: fc.boolean(),
});

const lookup = (published: PublishedHierarchy) => (key: string) =>
  key === '*' ? published.overall : published.rows.get(key);

describe('suppressHierarchy properties', () => {
  it('builds a network: every equation balances on the true values', () => {
    fc.assert(
      fc.property(hierarchies(12), (input) => {
        const rows = hierarchyRows(input);
        expect(
          unbalancedEquation(networkOfHierarchy(rows, input.columnKeys.length)),
        ).toBeUndefined();
      }),
    );
  });

  it('publishes true values only, none of them small', () => {
    fc.assert(
      fc.property(hierarchies(40), settings, (input, { threshold, suppressZeros }) => {
        const published = suppressHierarchy(input, { threshold, suppressZeros });
        const rows = hierarchyRows(input);
        rows.forEach((row) => {
          if (row.key === null) return;
          const shown = published.rows.get(row.key)!;
          [...shown.cells, shown.total].forEach((v, c) => {
            if (v === null) return;
            expect(v).toBe(row.values[c]);
            expect(v >= threshold || (v === 0 && !suppressZeros)).toBe(true);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('for small hierarchies, every hidden entry takes at least two values over all fillings consistent with every level', () => {
    fc.assert(
      fc.property(hierarchies(12), settings, (input, options) => {
        const published = suppressHierarchy(input, options);
        expect(determinedByFillings(input, lookup(published))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
