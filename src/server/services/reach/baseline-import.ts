/**
 * Baseline import (CSV, XLSX, HXL: `#adm1+code`, `#population+f+age0_4`… or long rows with sex, age
 * bracket, disability and count): one baseline per place, all or none, bad rows by line.
 */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize, isWithinScope } from '../../../core/policy/authorize.js';
import { parseAgeBrackets } from '../../../core/reach/age-brackets.js';
import { planColumns } from '../../../core/reach/reach-columns.js';
import { readAggregatedRow, type StagedCell } from '../../../core/reach/read-import-row.js';
import { inTransaction } from '../../db/database.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { saveBaseline } from './baselines.service.js';
import { importPlaceProblems } from './check-import-places.js';
import { PcodeLines, ProblemList } from './import-problems.js';
import { readRows, withHeader, type TableSource } from './read-rows.js';

export const MAX_BASELINE_ROWS = 50_000;

export interface BaselineImportRequest {
  source: string;
  referenceDate: string;
  dryRun: boolean;
}

/** Validates and (unless a dry run) records the baselines of a file. */
export async function importBaselines(
  ctx: Context,
  file: TableSource,
  request: BaselineImportRequest,
) {
  authorize(ctx.actor, 'baselines.create');
  const organizationId = organizationOf(ctx.actor);
  const brackets = parseAgeBrackets((await loadSettings(ctx.db, organizationId)).ageBrackets);
  const { header, hxl, rows } = await withHeader(readRows(file));
  const { plan, problems: columnProblems } = planColumns(header, hxl, {
    kind: 'aggregated',
    measure: 'population',
    brackets,
  });
  if (columnProblems.length)
    throw new AppError('validation_failed', 'reach.import_bad_columns', { fields: columnProblems });
  const problems = new ProblemList();
  const pcodes = new PcodeLines();
  const byPlace = new Map<string, Map<string, StagedCell>>();
  let read = 0;
  for await (const row of rows) {
    if (++read > MAX_BASELINE_ROWS)
      throw new AppError('payload_too_large', 'reach.import_too_many_rows');
    const result = readAggregatedRow(row.values, plan, row.line, { brackets, withoutPeriod: true });
    if ('problems' in result) {
      problems.add(result.problems);
      continue;
    }
    for (const cell of result.cells) {
      pcodes.add(cell.pcode, cell.line, request.referenceDate);
      const cells = byPlace.get(cell.pcode) ?? new Map<string, StagedCell>();
      const key = `${cell.sex}|${cell.bracket}|${cell.disability}`;
      if (cells.has(key))
        problems.add([{ line: cell.line, field: 'cell', code: 'duplicate_cell' }]);
      cells.set(key, cell);
      byPlace.set(cell.pcode, cells);
    }
  }
  const checked = await importPlaceProblems(ctx.db, organizationId, pcodes, (place) =>
    isWithinScope(ctx.actor!, { organizationId, country: place.country }) ? null : 'unknown_pcode',
  );
  problems.add(checked.problems);
  const places = checked.places;
  if (!problems.isEmpty) throw problems.toError();
  const summary = {
    rows: read,
    baselines: byPlace.size,
    dryRun: request.dryRun,
    ids: [] as string[],
  };
  if (request.dryRun) return summary;
  return inTransaction(ctx.db, async (tx) => {
    for (const [pcode, cells] of byPlace) {
      const row = await saveBaseline(tx, organizationId, ctx, {
        locationPcode: pcode,
        referenceDate: request.referenceDate,
        source: request.source,
        country: places.get(pcode)!.country,
        ageBrackets: brackets.map((b) => b.code),
        counts: [...cells.values()].map((c) => ({
          sex: c.sex,
          ageBracket: c.bracket,
          disability: c.disability,
          count: c.count,
        })),
      });
      summary.ids.push(row.id);
    }
    await recordAudit(withDb(ctx, tx), {
      action: 'baselines.import',
      details: { rows: read, baselines: byPlace.size, file: file.hash ?? null },
    });
    return summary;
  });
}
