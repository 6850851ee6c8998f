/**
 * The exact lower tail of the binomial distribution, P(X ≤ k) for X ~ Bin(n, p), through the
 * regularized incomplete beta function: P(X ≤ k) = I_{1−p}(n − k, k + 1). The beta function is
 * evaluated in log space with Lentz's continued fraction (Numerical Recipes §6.4), so it stays
 * accurate for millions of people and for p-values far below 1e-300's neighbours (they underflow
 * to 0, never to garbage). No normal approximation is needed or used.
 */
import { AppError } from '../errors.js';
import { logBeta } from './log-gamma.js';

const TINY = 1e-300;
const EPSILON = 1e-15;

/** Continued fraction of I_x(a, b) (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const maxIterations = Math.max(300, Math.ceil(20 * Math.sqrt(Math.max(a, b))));
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxIterations; m += 1) {
    const m2 = 2 * m;
    for (const aa of [
      (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)),
      (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)),
    ]) {
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) d = TINY;
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < EPSILON) return h;
  }
  throw new AppError('internal', 'access.beta_did_not_converge');
}

/**
 * I_x(a, b), with `y` = 1 − x passed separately so that x near 1 keeps its precision.
 * `logX` and `logY` are ln x and ln y.
 */
export function regularizedBeta(
  a: number,
  b: number,
  x: number,
  y: number,
  logX = Math.log(x),
  logY = Math.log(y),
): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y)) / b;
}

/** P(X ≤ k) for X ~ Bin(n, p): the one-sided p-value of seeing k or fewer. */
export function binomialLowerTail(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n || p <= 0) return 1;
  if (p >= 1) return 0;
  // x = 1 − p, y = p: ln x from log1p keeps small p exact.
  return regularizedBeta(n - k, k + 1, 1 - p, p, Math.log1p(-p), Math.log(p));
}

/** P(X = 0) = (1 − p)^n: the smallest p-value a lower-tail test of this group can reach. */
export function smallestLowerTail(n: number, p: number): number {
  return p >= 1 ? (n > 0 ? 0 : 1) : Math.exp(n * Math.log1p(-p));
}
