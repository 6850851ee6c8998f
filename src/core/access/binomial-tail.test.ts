import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialLowerTail, smallestLowerTail } from './binomial-tail.js';
import { logGamma } from './log-gamma.js';

/** Independent oracle: the pmf by its recurrence in log space, summed with log-sum-exp. */
function oracle(k: number, n: number, p: number): number {
  let log = n * Math.log1p(-p);
  const logs = [log];
  for (let i = 0; i < k; i += 1) {
    log += Math.log((n - i) / (i + 1)) + Math.log(p) - Math.log1p(-p);
    logs.push(log);
  }
  const max = Math.max(...logs);
  return Math.exp(max) * logs.reduce((s, l) => s + Math.exp(l - max), 0);
}

describe('log-gamma', () => {
  it.each([
    [0.5, 0.5 * Math.log(Math.PI)],
    [1, 0],
    [2, 0],
    [10, Math.log(362880)],
    [100, 359.1342053695754], // ln(99!), Python math.lgamma
    [1e6, 12815504.569147611],
  ])('ln Γ(%d)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 9);
  });
});

describe('binomialLowerTail', () => {
  // Exact values: sums of C(n, i) p^i (1 − p)^(n − i) in rational arithmetic (Python fractions);
  // the first two are also checked by hand: 56/1024 and 638/1024; the 20 × 0.3 row is the 0.0355
  // of printed cumulative binomial tables.
  it.each([
    [2, 10, 0.5, 56 / 1024],
    [5, 10, 0.5, 638 / 1024],
    [2, 20, 0.3, 0.03548313229846868],
    [40, 100, 0.5, 0.028443966820490395],
    [3, 60, 0.15, 0.014834849082813921],
    [0, 50, 0.1, 0.0051537752073201135],
    [1900, 10000, 0.2, 0.006195464527467897],
    [4800, 100000, 0.05, 0.0018013236697115675],
    [30, 1000, 0.1, 1.3808381877900564e-17],
    [0, 1000, 0.1, 1.7478712517226515e-46],
  ])('P(X ≤ %i), n = %i, p = %d', (k, n, p, expected) => {
    const value = binomialLowerTail(k, n, p);
    expect(Math.abs(value - expected) / expected).toBeLessThan(1e-9);
  });

  it.each([
    [-1, 10, 0.5, 0],
    [10, 10, 0.5, 1],
    [3, 10, 0, 1],
    [3, 10, 1, 0],
  ])('edge P(X ≤ %i), n = %i, p = %d is %d', (k, n, p, expected) => {
    expect(binomialLowerTail(k, n, p)).toBe(expected);
  });

  it('agrees with a summed pmf for a million people', () => {
    const value = binomialLowerTail(99_000, 1_000_000, 0.1);
    expect(Math.abs(value - oracle(99_000, 1_000_000, 0.1)) / value).toBeLessThan(1e-7);
  });

  it('agrees with the summed pmf and is monotone in k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, p, fraction) => {
          const k = Math.floor(fraction * (n - 1));
          const value = binomialLowerTail(k, n, p);
          const expected = oracle(k, n, p);
          if (expected > 1e-280) expect(Math.abs(value - expected) / expected).toBeLessThan(1e-8);
          expect(binomialLowerTail(k + 1, n, p)).toBeGreaterThanOrEqual(value);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('gives (1 − p)^n as the smallest reachable p-value', () => {
    expect(smallestLowerTail(50, 0.1)).toBeCloseTo(0.0051537752073201135, 15);
    expect(smallestLowerTail(5, 0.01)).toBeCloseTo(0.99 ** 5, 15);
  });
});
