/**
 * Participation by group: the participants of a set of consultations, summed as a sex × age table
 * with the other groups beside it. Staff get every count; the published version (viewers) goes
 * through two-way small-cell suppression, and a group count is hidden when it, or the rest of the
 * participants beside it, is under the threshold (groups overlap, so they are not a partition of
 * the total and need no complementary cell).
 */
import { suppressTable } from '../disclosure/suppress-table.js';
import { SEXES } from '../reach/sex.js';
import { PARTICIPANT_GROUPS, type ParticipantGroup } from './consultation.schema.js';

export interface ConsultationCounts {
  participants: readonly { sex: string; ageBracket: string; count: number }[];
  groups: readonly { group: string; count: number }[];
  decisions: number;
}

export interface ParticipationByGroup {
  consultations: number;
  decisions: number;
  ageBrackets: string[];
  sexes: string[];
  /** cells[bracket][sex]; null when suppressed. */
  cells: (number | null)[][];
  bracketTotals: (number | null)[];
  sexTotals: (number | null)[];
  total: number | null;
  groups: { group: ParticipantGroup; count: number | null }[];
  suppressed: boolean;
}

/** The brackets of the set, then any others found in the records (a set changed since), in order. */
function bracketsOf(records: readonly ConsultationCounts[], brackets: readonly string[]) {
  const extra = records.flatMap((r) => r.participants.map((p) => p.ageBracket));
  return [...new Set([...brackets, ...extra])];
}

/** A count from 1 to threshold − 1: published, it could single people out. */
const isSmall = (count: number, threshold: number) => count > 0 && count < threshold;

const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Sums the consultations; `threshold` given means the published, suppressed version. */
export function participationByGroup(
  records: readonly ConsultationCounts[],
  brackets: readonly string[],
  threshold?: number,
): ParticipationByGroup {
  const ageBrackets = bracketsOf(records, brackets);
  const sexes = [...SEXES];
  const counts = ageBrackets.map(() => sexes.map(() => 0));
  const groups = new Map<string, number>();
  for (const record of records) {
    for (const p of record.participants)
      counts[ageBrackets.indexOf(p.ageBracket)]![sexes.indexOf(p.sex as never)]! += p.count;
    for (const g of record.groups) groups.set(g.group, (groups.get(g.group) ?? 0) + g.count);
  }
  const groupCounts = PARTICIPANT_GROUPS.map((group) => ({ group, count: groups.get(group) ?? 0 }));
  const base = {
    consultations: records.length,
    decisions: sumOf(records.map((r) => r.decisions)),
    ageBrackets,
    sexes,
    suppressed: threshold !== undefined,
  };
  if (threshold === undefined)
    return {
      ...base,
      cells: counts,
      bracketTotals: counts.map(sumOf),
      sexTotals: sexes.map((_, s) => sumOf(counts.map((row) => row[s]!))),
      total: sumOf(counts.map(sumOf)),
      groups: groupCounts,
    };
  const grand = sumOf(counts.map(sumOf));
  const table = suppressTable({ rowKeys: ageBrackets, columnKeys: sexes, counts }, { threshold });
  return {
    ...base,
    cells: table.cells,
    bracketTotals: table.rowTotals,
    sexTotals: table.columnTotals,
    total: table.grandTotal,
    groups: groupCounts.map((g) => ({
      group: g.group,
      count: isSmall(g.count, threshold) || isSmall(grand - g.count, threshold) ? null : g.count,
    })),
  };
}
