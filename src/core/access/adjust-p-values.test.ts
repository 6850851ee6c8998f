import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustPValues } from './adjust-p-values.js';

describe('adjustPValues', () => {
  // Worked by hand (and identical to R's p.adjust(c(0.01, 0.04, 0.03, 0.005), method)).
  it('Holm', () => {
    const adjusted = adjustPValues([0.01, 0.04, 0.03, 0.005], 'holm');
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  it('Benjamini–Hochberg', () => {
    const adjusted = adjustPValues([0.01, 0.04, 0.03, 0.005], 'benjamini_hochberg');
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  it('never lowers a p-value, keeps the order, and Holm is never below BH', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), (ps) => {
        const holm = adjustPValues(ps, 'holm');
        const bh = adjustPValues(ps, 'benjamini_hochberg');
        ps.forEach((p, i) => {
          expect(holm[i]).toBeGreaterThanOrEqual(p);
          expect(bh[i]).toBeGreaterThanOrEqual(p);
          expect(holm[i]! + 1e-12).toBeGreaterThanOrEqual(bh[i]!);
          expect(holm[i]).toBeLessThanOrEqual(1);
          ps.forEach((q, j) => {
            if (p < q) expect(holm[i]).toBeLessThanOrEqual(holm[j]!);
          });
        });
      }),
    );
  });
});
