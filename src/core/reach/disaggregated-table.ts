/**
 * A disaggregated export table: leading key columns (place, period…), then one column per
 * sex × age bracket × disability cell with its HXL hashtag (`#reached+f+elderly+age60plus+disabled`),
 * then the row total. A published table (viewers, or when asked) goes through suppressTable: small
 * cells and the cells that would reveal them are left empty, and so are totals that would.
 */
import { suppressTable } from '../disclosure/suppress-table.js';
import { hashtagFor } from '../hxl/export-hashtag.js';
import type { MeasureTag } from '../hxl/hxl-vocabulary.js';
import type { ExportTable } from '../projects/portfolio-table.js';
import type { AgeBracketSet } from './age-brackets.js';
import { SEXES } from './sex.js';
import { DISABILITY_STATUSES } from './washington-group.js';

export interface KeyColumn {
  header: string;
  hxl: string;
}

export interface TableCellCount {
  rowKey: string;
  sex: string;
  ageBracket: string;
  disability: string;
  count: number;
}

export interface DisaggregatedTableInput {
  keyColumns: readonly KeyColumn[];
  /** Rows in order, each with the values of the key columns. */
  rows: readonly { key: string; values: readonly string[] }[];
  cells: readonly TableCellCount[];
  brackets: AgeBracketSet;
  measure: MeasureTag;
  /** Set for a published table: the smallest count shown. */
  threshold?: number | undefined;
  /** Header of a cell column, e.g. translated `Female 60+ disabled`. */
  cellHeader?: (sex: string, bracket: string, disability: string) => string;
  totalHeader?: string;
}

/** The table, suppressed when a threshold is given. */
export function disaggregatedTable(input: DisaggregatedTableInput): ExportTable {
  const columns = SEXES.flatMap((sex) =>
    input.brackets.flatMap((bracket) =>
      DISABILITY_STATUSES.map((disability) => ({ sex, bracket, disability })),
    ),
  );
  const index = new Map(columns.map((c, i) => [`${c.sex}|${c.bracket.code}|${c.disability}`, i]));
  const rowIndex = new Map(input.rows.map((r, i) => [r.key, i]));
  const counts = input.rows.map(() => columns.map(() => 0));
  for (const cell of input.cells) {
    const r = rowIndex.get(cell.rowKey);
    const c = index.get(`${cell.sex}|${cell.ageBracket}|${cell.disability}`);
    if (r !== undefined && c !== undefined) counts[r]![c]! += cell.count;
  }
  const header = input.cellHeader ?? ((s, b, d) => `${s} ${b} ${d}`);
  const published =
    input.threshold !== undefined && input.rows.length > 0
      ? suppressTable(
          { rowKeys: input.rows.map((r) => r.key), columnKeys: [...index.keys()], counts },
          { threshold: input.threshold },
        )
      : undefined;
  const rows = input.rows.map((row, r) => [
    ...row.values,
    ...(published ? published.cells[r]! : counts[r]!),
    published ? published.rowTotals[r]! : counts[r]!.reduce((s, v) => s + v, 0),
  ]);
  return {
    headers: [
      ...input.keyColumns.map((k) => k.header),
      ...columns.map((c) => header(c.sex, c.bracket.code, c.disability)),
      input.totalHeader ?? 'total',
    ],
    hxl: [
      ...input.keyColumns.map((k) => k.hxl),
      ...columns.map((c) => hashtagFor({ measure: input.measure, ...c })),
      `#${input.measure}+total`,
    ],
    rows,
  };
}
