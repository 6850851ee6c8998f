import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenBackCells, withholdAgainstSums, type KnownSum } from './withhold-against-sums.js';

/** The cells of a sexes × brackets × statuses table, in order, and the total of each category. */
function marginsOf(sexes: number, brackets: number, statuses: number): KnownSum[] {
  const cells = Array.from({ length: sexes * brackets * statuses }, (_, i) => ({
    i,
    sex: Math.floor(i / (brackets * statuses)),
    bracket: Math.floor(i / statuses) % brackets,
    status: i % statuses,
  }));
  const slice = (pick: (c: (typeof cells)[number]) => boolean) =>
    cells.filter(pick).map((c) => c.i);
  return [
    ...Array.from({ length: sexes }, (_, s) => slice((c) => c.sex === s)),
    ...Array.from({ length: brackets }, (_, b) => slice((c) => c.bracket === b)),
    ...Array.from({ length: statuses }, (_, d) => slice((c) => c.status === d)),
    slice(() => true),
  ].map((indexes) => ({ cells: indexes, total: 0 }));
}

const withTotals = (sums: KnownSum[], counts: readonly number[]) =>
  sums.map((s) => ({ cells: s.cells, total: s.cells.reduce((a, c) => a + counts[c]!, 0) }));

/**
 * Whether some other filling of the withheld cells, by whole numbers, keeps every sum: a search
 * over changes of −2 to 2 per cell that moves `cell` (independent of the elimination it checks).
 */
function canMove(cell: number, hidden: readonly number[], sums: readonly KnownSum[]): boolean {
  const change = hidden.map(() => -2);
  for (;;) {
    const moved = change[hidden.indexOf(cell)] !== 0;
    if (
      moved &&
      sums.every((s) => s.cells.reduce((a, c) => a + (change[hidden.indexOf(c)] ?? 0), 0) === 0)
    )
      return true;
    let k = 0;
    while (k < change.length && change[k] === 2) change[k++] = -2;
    if (k === change.length) return false;
    change[k]! += 1;
  }
}

describe('withholdAgainstSums', () => {
  it("withholds more when another output's totals give a withheld cell back", () => {
    // 2 sexes × 2 brackets × 2 statuses. The findings withheld (f, 60+, disabled) = 3 and its
    // complement (m, 60+, disabled) = 9, which their own table protects. The reach table by sex
    // publishes the women's total: 3 = 30 − (10 + 9 + 8), given back.
    const counts = [10, 9, 3, 8, 20, 7, 9, 6];
    const sums = withTotals(marginsOf(2, 2, 2).slice(0, 1), counts);
    expect(givenBackCells(counts, new Set([2, 6]), sums)).toEqual([2]);
    const hidden = withholdAgainstSums(counts, new Set([2, 6]), sums);
    expect(hidden).toEqual(new Set([2, 6, 3]));
    expect(givenBackCells(counts, hidden, sums)).toEqual([]);
  });

  it('takes cells a sum leaves nothing for as given back (they are all zero)', () => {
    const counts = [0, 0, 5, 7];
    const sums = [{ cells: [0, 1, 2], total: 5 }];
    expect(givenBackCells(counts, new Set([0, 1]), sums)).toEqual([0, 1]);
  });

  it('leaves a withheld cell that no other filling can move as it is, withholding nothing more', () => {
    const counts = [4, 6];
    const sums = [{ cells: [0], total: 4 }];
    expect(withholdAgainstSums(counts, new Set([0]), sums)).toEqual(new Set([0]));
  });

  it('leaves every withheld cell free to move with the others, whatever the sums published', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([2, 2, 2] as const, [2, 3, 2] as const, [3, 2, 2] as const),
        fc.array(fc.nat(5), { minLength: 12, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        ([sexes, brackets, statuses], pool, extra, sumsKept) => {
          const size = sexes * brackets * statuses;
          const counts = pool.slice(0, size);
          const withheld = new Set(
            counts.flatMap((c, i) => ((c > 0 && c < 3) || extra[i] ? [i] : [])),
          );
          // Some of the category totals are published, as another output would publish them.
          const all = withTotals(marginsOf(sexes, brackets, statuses), counts);
          const sums = all.filter((_, i) => i % sumsKept === 0);
          const hidden = withholdAgainstSums(counts, withheld, sums);
          expect([...withheld].every((c) => hidden.has(c))).toBe(true);
          const given = new Set(givenBackCells(counts, hidden, sums));
          const inherent = new Set(givenBackCells(counts, new Set(counts.keys()), sums));
          expect([...given].every((c) => inherent.has(c))).toBe(true);
          const unknown = [...hidden].filter((c) => !given.has(c));
          fc.pre(unknown.length <= 6);
          // Zero-forced cells are known: the others must move by whole numbers, sums kept.
          const open = sums.map((s) => ({
            cells: s.cells.filter((c) => unknown.includes(c)),
            total: 0,
          }));
          for (const cell of unknown) expect(canMove(cell, unknown, open)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
