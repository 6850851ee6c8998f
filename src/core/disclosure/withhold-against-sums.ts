/**
 * Cells withheld from one output that sums published by another output must not give back
 * (decision 019, addendum on the access findings). The access findings withhold some sex ×
 * bracket × disability cells; the reach tables by place publish, for the same scope, the total of
 * each sex, each bracket and each disability status. Those totals are equations over the findings' cells: with the cells
 * the findings publish, they may pin a withheld cell down.
 *
 * A withheld cell is taken as given back when it is a linear combination of the sums (Gaussian
 * elimination over the withheld cells), or when a sum leaves nothing for the withheld cells it adds
 * up (they are then all zero). More published cells are withheld, smallest first, until no
 * withheld cell is given back. Bounds are not protected, as elsewhere (decision 019).
 */

/** A published total: the indexes of the cells it adds up, and its value. */
export interface KnownSum {
  cells: readonly number[];
  total: number;
}

const EPSILON = 1e-9;

/** The withheld cells that the published cells and sums give back. */
export function givenBackCells(
  counts: readonly number[],
  withheld: ReadonlySet<number>,
  sums: readonly KnownSum[],
): number[] {
  // A sum that leaves nothing for its withheld cells makes them zero, and so known: repeat.
  const zero = new Set<number>();
  for (let found = true; found;) {
    found = false;
    for (const sum of sums) {
      const open = sum.cells.filter((c) => withheld.has(c) && !zero.has(c));
      const rest =
        sum.total - sum.cells.reduce((a, c) => a + (open.includes(c) ? 0 : counts[c]!), 0);
      if (open.length > 0 && rest === 0) {
        open.forEach((c) => zero.add(c));
        found = true;
      }
    }
  }
  const unknowns = [...withheld].filter((c) => !zero.has(c)).sort((a, b) => a - b);
  const column = new Map(unknowns.map((cell, i) => [cell, i]));
  const rows = sums
    .map((sum) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const cell of sum.cells) if (column.has(cell)) row[column.get(cell)!] = 1;
      return row;
    })
    .filter((row) => row.includes(1));
  const pivots = reduce(rows);
  const determined = unknowns.filter((_, i) => {
    const vector = unknowns.map((__, j) => (j === i ? 1 : 0));
    for (const { row, at } of pivots) {
      const factor = vector[at]!;
      if (Math.abs(factor) > EPSILON) row.forEach((v, j) => (vector[j]! -= factor * v));
    }
    return vector.every((v) => Math.abs(v) < EPSILON);
  });
  return [...zero, ...determined].sort((a, b) => a - b);
}

/** Row echelon form, each pivot row scaled to 1 at its pivot and cleared from the others. */
function reduce(rows: number[][]): { row: number[]; at: number }[] {
  const pivots: { row: number[]; at: number }[] = [];
  const width = rows[0]?.length ?? 0;
  const left = rows.map((r) => [...r]);
  for (let at = 0; at < width; at++) {
    const index = left.findIndex((r) => Math.abs(r[at]!) > EPSILON);
    if (index < 0) continue;
    const [row] = left.splice(index, 1);
    const scale = row![at]!;
    const pivot = row!.map((v) => v / scale);
    for (const other of [...left, ...pivots.map((p) => p.row)]) {
      const factor = other[at]!;
      if (Math.abs(factor) > EPSILON) other.forEach((v, j) => (other[j] = v - factor * pivot[j]!));
    }
    pivots.push({ row: pivot, at });
  }
  return pivots;
}

/**
 * The withheld cells, with more withheld until none is given back. A cell that every output must
 * give back (a sum over that cell alone) stays given back: the findings cannot withhold what
 * another output publishes.
 */
export function withholdAgainstSums(
  counts: readonly number[],
  withheld: ReadonlySet<number>,
  sums: readonly KnownSum[],
): Set<number> {
  const inherent = new Set(givenBackCells(counts, new Set(counts.keys()), sums));
  const hidden = new Set(withheld);
  for (;;) {
    const cell = givenBackCells(counts, hidden, sums).find((c) => !inherent.has(c));
    if (cell === undefined) return hidden;
    const near = sums.filter((s) => s.cells.includes(cell)).flatMap((s) => s.cells);
    const candidates = (near.some((c) => !hidden.has(c)) ? near : counts.map((_, i) => i))
      .filter((c) => !hidden.has(c))
      .sort((a, b) => counts[a]! - counts[b]! || a - b);
    if (candidates.length === 0) return hidden;
    hidden.add(candidates[0]!);
  }
}
