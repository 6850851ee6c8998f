/**
 * The portfolio heatmap as an exchange table: columns with labels and HXL hashtags where a standard
 * tag exists (#country+code, #sector+code); suppressed cells stay empty.
 */
import type { Portfolio } from './portfolio.schema.js';

export interface ExportTable {
  headers: string[];
  hxl: string[];
  rows: (string | number | null)[][];
}

/** Builds the table of the heatmap with translated principle and sector names. */
export function portfolioTable(
  portfolio: Portfolio,
  names: { principle: (code: string) => string; sector: (code: string) => string },
  headers: [string, string, string, string, string, string, string],
): ExportTable {
  return {
    headers,
    hxl: ['#country+code', '#sector+code', '#sector+name', '', '', '', ''],
    rows: portfolio.heatmap.map((cell) => [
      cell.country,
      cell.sector,
      names.sector(cell.sector),
      cell.principle,
      names.principle(cell.principle),
      cell.score === null ? null : Math.round(cell.score * 1000) / 10,
      cell.projects,
    ]),
  };
}
