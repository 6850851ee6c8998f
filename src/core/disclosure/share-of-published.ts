/**
 * A share worked out from a published breakdown only, so that it cannot reveal what suppression hid:
 * if any count it is computed from was suppressed, the share is withheld too (the share times the
 * published counts would give the hidden one back).
 */
import type { PublishedBreakdown } from './suppress-breakdown.js';

/** The share of the `part` cells among the `whole` cells; null when none, or when one is hidden. */
export function shareOfPublished(
  breakdown: PublishedBreakdown,
  part: readonly string[],
  whole: readonly string[],
): number | null {
  const used = breakdown.cells.filter((c) => whole.includes(c.key));
  if (used.some((c) => c.count === null)) return null;
  const sum = (cells: typeof used) => cells.reduce((s, c) => s + (c.count ?? 0), 0);
  const denominator = sum(used);
  if (denominator === 0) return null;
  return sum(used.filter((c) => part.includes(c.key))) / denominator;
}
