/** Multiple-testing corrections across the groups of one analysis (adjusted p-values). */
export type Correction = 'holm' | 'benjamini_hochberg';

/**
 * Adjusted p-values in input order. Holm (1979) controls the family-wise error rate under any
 * dependence; Benjamini–Hochberg (1995) the false discovery rate, under independence or positive
 * dependence.
 */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  if (correction === 'holm') {
    let running = 0;
    order.forEach(({ p, i }, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * p));
      adjusted[i] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank -= 1) {
      const { p, i } = order[rank]!;
      running = Math.min(running, Math.min(1, (m / (rank + 1)) * p));
      adjusted[i] = running;
    }
  }
  return adjusted;
}
