/**
 * Consultations as an exchange table. Staff: one row per consultation with its participants by
 * sex × age bracket and the other groups. Published (viewers): one row per place, the
 * consultations summed, no project, no facilitator, small cells suppressed with their totals.
 * Participant columns carry `#meta+participants` with the standard sex and age attributes (HXL
 * has no tag for people consulted; `#reached` would claim assistance).
 */
import { suppressTable } from '../disclosure/suppress-table.js';
import { hashtagFor } from '../hxl/export-hashtag.js';
import type { ExportTable } from '../projects/portfolio-table.js';
import type { AgeBracketSet } from '../reach/age-brackets.js';
import { SEXES } from '../reach/sex.js';
import { PARTICIPANT_GROUPS } from './consultation.schema.js';

export interface ConsultationExportRow {
  id: string;
  heldOn: string;
  country: string;
  locationPcode: string;
  projectCode: string | null;
  method: string;
  participants: readonly { sex: string; ageBracket: string; count: number }[];
  groups: readonly { group: string; count: number }[];
  decisions: number;
}

const cellColumns = (brackets: AgeBracketSet) =>
  SEXES.flatMap((sex) => brackets.map((bracket) => ({ sex, bracket })));

/** Participant counts of a row in column order, then its group counts. */
function countsOf(rows: readonly ConsultationExportRow[], brackets: AgeBracketSet) {
  const columns = cellColumns(brackets);
  const index = new Map(columns.map((c, i) => [`${c.sex}|${c.bracket.code}`, i]));
  return rows.map((row) => {
    const cells = columns.map(() => 0);
    for (const p of row.participants) {
      const i = index.get(`${p.sex}|${p.ageBracket}`);
      if (i !== undefined) cells[i]! += p.count;
    }
    const groups = PARTICIPANT_GROUPS.map((g) => row.groups.find((x) => x.group === g)?.count ?? 0);
    return { cells, groups };
  });
}

function headersOf(brackets: AgeBracketSet) {
  const columns = cellColumns(brackets);
  return {
    headers: [
      ...columns.map((c) => `${c.sex}_${c.bracket.code}`),
      'participants',
      ...PARTICIPANT_GROUPS,
    ],
    hxl: [
      ...columns.map((c) =>
        hashtagFor({ measure: 'reached', sex: c.sex, bracket: c.bracket }).replace(
          '#reached',
          '#meta+participants',
        ),
      ),
      '#meta+participants+total',
      '#meta+participants+disabled',
      '#meta+participants+elderly',
      '#meta+participants+minorities',
    ],
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Every consultation, every count (staff). */
export function consultationTable(
  rows: readonly ConsultationExportRow[],
  brackets: AgeBracketSet,
): ExportTable {
  const counts = countsOf(rows, brackets);
  const tail = headersOf(brackets);
  return {
    headers: [
      'id',
      'date',
      'country',
      'location',
      'project',
      'method',
      'decisions',
      ...tail.headers,
    ],
    hxl: ['', '#date', '#country+code', '#loc+code', '#activity+code', '', '', ...tail.hxl],
    rows: rows.map((r, i) => [
      r.id,
      r.heldOn,
      r.country,
      r.locationPcode,
      r.projectCode,
      r.method,
      r.decisions,
      ...counts[i]!.cells,
      sum(counts[i]!.cells),
      ...counts[i]!.groups,
    ]),
  };
}

/** Places × participant cells, summed and suppressed at `threshold` (viewers). */
export function publishedConsultationTable(
  rows: readonly ConsultationExportRow[],
  brackets: AgeBracketSet,
  threshold: number,
): ExportTable {
  const places = [...new Set(rows.map((r) => r.locationPcode))].sort();
  const perRow = countsOf(rows, brackets);
  const width = perRow[0]?.cells.length ?? cellColumns(brackets).length;
  const cells = places.map(() => Array.from({ length: width }, () => 0));
  const groups = places.map(() => PARTICIPANT_GROUPS.map(() => 0));
  const country = new Map<string, string>();
  const consultations = places.map(() => 0);
  rows.forEach((r, i) => {
    const p = places.indexOf(r.locationPcode);
    country.set(r.locationPcode, r.country);
    consultations[p]! += 1;
    perRow[i]!.cells.forEach((v, c) => (cells[p]![c]! += v));
    perRow[i]!.groups.forEach((v, g) => (groups[p]![g]! += v));
  });
  const table =
    places.length > 0
      ? suppressTable(
          { rowKeys: places, columnKeys: cells[0]!.map(String), counts: cells },
          { threshold },
        )
      : undefined;
  const small = (n: number) => n > 0 && n < threshold;
  const tail = headersOf(brackets);
  return {
    headers: ['country', 'location', 'consultations', ...tail.headers],
    hxl: ['#country+code', '#loc+code', '', ...tail.hxl],
    rows: places.map((pcode, p) => {
      const total = table!.rowTotals[p] ?? null;
      const rowSum = sum(cells[p]!);
      return [
        country.get(pcode)!,
        pcode,
        consultations[p]!,
        ...table!.cells[p]!,
        total,
        ...groups[p]!.map((g) => (small(g) || small(rowSum - g) || total === null ? null : g)),
      ];
    }),
  };
}
