/** "Who is most at risk, where" (DOMAIN.md §1, strategic level): risks ranked for response planning. */
import type { RiskAssessment } from './compute-risk.js';

export type Ranked<T> = T & { rank: number };

/**
 * Sorts by score (highest first), then severity level (for items scored with different band sets),
 * keeping the input order among equals. Equal items share a rank ("1, 2, 2, 4").
 */
export function prioritiseRisks<T extends { risk: RiskAssessment }>(
  items: readonly T[],
): Ranked<T>[] {
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        b.item.risk.score - a.item.risk.score ||
        b.item.risk.severity - a.item.risk.severity ||
        a.index - b.index,
    );
  let rank = 0;
  return sorted.map(({ item }, position) => {
    const previous = sorted[position - 1]?.item.risk;
    if (!previous || previous.score !== item.risk.score || previous.severity !== item.risk.severity)
      rank = position + 1;
    return { ...item, rank };
  });
}
