/**
 * Small-cell suppression of a one-way breakdown published with its total (SECURITY.md, DOMAIN.md §8):
 * primary suppression of counts from 1 to threshold − 1, then complementary suppression so that no
 * suppressed count can be worked out as the total minus the published cells (two cells or more are
 * hidden, or none); a total below the threshold is hidden too. The two-way version with row and
 * column totals comes with the disclosure-control work of issue 5.
 */
export interface Cell {
  key: string;
  count: number;
}

export interface PublishedBreakdown {
  /** A count is null when suppressed. */
  cells: { key: string; count: number | null }[];
  total: number | null;
}

/** Suppresses small cells and enough others that the total cannot reveal them. */
export function suppressBreakdown(cells: readonly Cell[], threshold: number): PublishedBreakdown {
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const suppressed = new Set(
    cells.filter((c) => c.count > 0 && c.count < threshold).map((c) => c.key),
  );
  if (suppressed.size === 1) {
    const others = cells.filter((c) => !suppressed.has(c.key)).sort((a, b) => a.count - b.count);
    const partner = others.find((c) => c.count > 0) ?? others[0];
    if (partner) suppressed.add(partner.key);
  }
  const totalHidden = total > 0 && total < threshold;
  return {
    cells: cells.map((c) => ({
      key: c.key,
      count: suppressed.has(c.key) || totalHidden ? null : c.count,
    })),
    total: totalHidden ? null : total,
  };
}
