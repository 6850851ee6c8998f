import fc from 'fast-check';
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
const truthOf = (counts: number[][]) => {
  const rows = counts.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  return [...rows, rows[0]!.map((_, c) => rows.reduce((s, row) => s + row[c]!, 0))];
};

/* What an attacker can and cannot work out from a published table (decision 019). */

const counts = (maxSide: number, maxValue: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxSide }), fc.integer({ min: 1, max: maxSide }))
    .chain(([r, c]) =>
      fc.array(fc.array(fc.integer({ min: 0, max: maxValue }), { minLength: c, maxLength: c }), {
        minLength: r,
        maxLength: r,
      }),
    );
const settings = fc.record({
  threshold: fc.integer({ min: 2, max: 11 }),
  suppressZeros: fc.boolean(),
});

/** Rank of a 0/±1 matrix modulo a prime (the table's constraint matrix is totally unimodular, so
 *  this is its rank over the rationals). */
function rank(matrix: number[][]): number {
  const P = 1_000_003;
  const m = matrix.map((row) => row.map((v) => ((v % P) + P) % P));
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c += 1) {
    const pivot = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    const inv = modInverse(m[r]![c]!, P);
    for (let i = 0; i < m.length; i += 1) {
      if (i === r || m[i]![c] === 0) continue;
      const f = (m[i]![c]! * inv) % P;
      m[i] = m[i]!.map((v, j) => (((v - f * m[r]![j]!) % P) + P) % P);
    }
    r += 1;
  }
  return r;
}
function modInverse(a: number, p: number): number {
  let [t, newT, r, newR] = [0, 1, p, a];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return ((t % p) + p) % p;
}

/** Hidden entries whose value follows from linear equations alone (published values are constants). */
function linearlyDetermined(grid: (number | null)[][]): string[] {
  const hidden = grid.flatMap((row, r) =>
    row.flatMap((v, c) => (v === null ? [[r, c] as const] : [])),
  );
  const R = grid.length - 1;
  const C = grid[0]!.length - 1;
  // One equation per grid line: inner entries minus the total entry.
  const coefficient = (
    line: { row: number } | { column: number },
    [r, c]: readonly [number, number],
  ) => {
    if ('row' in line) return r !== line.row ? 0 : c === C ? -1 : 1;
    return c !== line.column ? 0 : r === R ? -1 : 1;
  };
  const lines = [
    ...Array.from({ length: R + 1 }, (_, row) => ({ row })),
    ...Array.from({ length: C + 1 }, (_, column) => ({ column })),
  ];
  const A = lines.map((line) => hidden.map((e) => coefficient(line, e)));
  const base = rank(A);
  return hidden
    .filter((_, i) => rank([...A, hidden.map((__, j) => (j === i ? 1 : 0))]) === base)
    .map(([r, c]) => `${r},${c}`);
}

/** Other non-negative integer fillings of the hidden inner cells (each within ±1 of its true value)
 *  that reproduce every published entry; returns the entries seen with more than one value. */
function entriesWithAnotherFilling(truth: number[][], grid: (number | null)[][]): Set<string> {
  const R = grid.length - 1;
  const C = grid[0]!.length - 1;
  const hiddenInner = grid
    .slice(0, R)
    .flatMap((row, r) => row.slice(0, C).flatMap((v, c) => (v === null ? [[r, c] as const] : [])));
  const free = new Set<string>();
  const filling = truth.map((row) => [...row]);
  const visit = (i: number) => {
    if (i === hiddenInner.length) {
      for (let r = 0; r < R; r += 1)
        filling[r]![C] = filling[r]!.slice(0, C).reduce((s, v) => s + v, 0);
      for (let c = 0; c <= C; c += 1)
        filling[R]![c] = filling.slice(0, R).reduce((s, row) => s + row[c]!, 0);
      const consistent = grid.every((row, r) =>
        row.every((v, c) => v === null || v === filling[r]![c]),
      );
      if (!consistent) return;
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null && filling[r]![c] !== truth[r]![c]) free.add(`${r},${c}`);
        }),
      );
      return;
    }
    const [r, c] = hiddenInner[i]!;
    const value = truth[r]![c]!;
    for (let v = Math.max(0, value - 1); v <= value + 1; v += 1) {
      filling[r]![c] = v;
      visit(i + 1);
    }
    filling[r]![c] = value;
  };
  visit(0);
  return free;
}

describe('suppressTable properties', () => {
  it('publishes no small count, and hides none or at least two entries in every row and column', () => {
    fc.assert(
      fc.property(counts(6, 40), settings, (inner, { threshold, suppressZeros }) => {
        const grid = gridOfPublished(suppressTable(table(inner), { threshold, suppressZeros }));
        const truth = truthOf(inner);
        grid.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) {
              expect(v).toBe(truth[r]![c]);
              expect(v >= threshold || (v === 0 && !suppressZeros)).toBe(true);
            }
          }),
        );
        const lines = [...grid, ...grid[0]!.map((_, c) => grid.map((row) => row[c]))];
        for (const line of lines) expect(line.filter((v) => v === null).length).not.toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no hidden entry recoverable by linear equations from the published ones', () => {
    fc.assert(
      fc.property(counts(5, 30), settings, (inner, options) => {
        expect(linearlyDetermined(gridOfPublished(suppressTable(table(inner), options)))).toEqual(
          [],
        );
      }),
      { numRuns: 200 },
    );
  });

  it('for small tables, every hidden entry has another non-negative filling consistent with all published values', () => {
    fc.assert(
      fc.property(counts(3, 12), settings, (inner, options) => {
        const grid = gridOfPublished(suppressTable(table(inner), options));
        const hidden = grid.flatMap((row, r) =>
          row.flatMap((v, c) => (v === null ? [`${r},${c}`] : [])),
        );
        if (hidden.length === 0) return;
        expect(hidden.length).toBeLessThanOrEqual(16);
        const free = entriesWithAnotherFilling(truthOf(inner), grid);
        expect(hidden.filter((e) => !free.has(e))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('hides nothing when nothing is small', () => {
    fc.assert(
      fc.property(counts(6, 40), (inner) => {
        const big = inner.map((row) => row.map((v) => v + 5));
        const p = suppressTable(table(big));
        expect(p.suppression.flat().every((s) => s === null)).toBe(true);
      }),
    );
  });
});
