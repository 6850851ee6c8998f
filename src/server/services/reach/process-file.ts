/** One pass over an import file: check and stage every row, check the places, then move it all in. */
import { AppError } from '../../../core/errors.js';
import type { AgeBracketSet } from '../../../core/reach/age-brackets.js';
import { planColumns, type ColumnPlan } from '../../../core/reach/reach-columns.js';
import {
  readAggregatedRow,
  readIndividualRow,
  type RowContext,
} from '../../../core/reach/read-import-row.js';
import type { ProjectRow } from '../../repos/projects.repo.js';
import { finishReachImport, updateImportProgress } from '../../repos/reach-imports.repo.js';
import {
  findDuplicateStagedCells,
  mergeStagedCells,
  mergeStagedPeople,
} from '../../repos/reach.repo.js';
import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { importPlaceProblems } from './check-import-places.js';
import { BatchBuffer, cellLine, personLine } from './import-batches.js';
import { PcodeLines, ProblemList } from './import-problems.js';
import type { ReachImportRequest } from './import-reach.js';
import { IndividualGroups } from './individual-groups.js';
import { readRows, withHeader, type TableSource } from './read-rows.js';
import { withStaging, type Staging } from './staging.js';

export interface Prepared {
  project: ProjectRow;
  brackets: AgeBracketSet;
  keepIndividuals: boolean;
}

export interface ImportHooks {
  /** Rows per batch (default 20,000). */
  batchSize?: number;
  /** After each batch is staged: progress bars; tests inject a crash here. */
  onBatch?: (progress: { rowsRead: number; batches: number }) => void | Promise<void>;
}

export interface ImportOutcome {
  importId: string | null;
  dryRun: boolean;
  rowsRead: number;
  /** Cells written (or, in a dry run, that would be). */
  cells: number;
  skippedRows: number;
  keptIndividuals: number;
  ignoredColumns: string[];
}

interface Pass {
  rowsRead: number;
  skipped: number;
  staged: number;
  batches: number;
  problems: ProblemList;
  pcodes: PcodeLines;
}

/** Reads, checks and stages the file, then commits it (or, for a dry run, stops before). */
export async function processFile(
  ctx: Context,
  source: TableSource,
  request: ReachImportRequest,
  prepared: Prepared,
  importId: string | null,
  hooks: ImportHooks,
  progress: { rowsRead: number } = { rowsRead: 0 },
): Promise<ImportOutcome> {
  const { header, hxl, rows } = await withHeader(readRows(source));
  const { plan, problems } = planColumns(header, hxl, {
    kind: request.kind,
    measure: 'reached',
    brackets: prepared.brackets,
  });
  if (problems.length > 0)
    throw new AppError('validation_failed', 'reach.import_bad_columns', { fields: problems });
  return withStaging(ctx.deps.database, async (staging) => {
    const pass = await stageRows(
      ctx,
      staging,
      rows,
      plan,
      request,
      prepared,
      importId,
      hooks,
      progress,
    );
    await checkPlaces(ctx, prepared.project, pass);
    if (!pass.problems.isEmpty) throw pass.problems.toError();
    const outcome = {
      importId,
      dryRun: request.dryRun,
      rowsRead: pass.rowsRead,
      cells: pass.staged,
      skippedRows: pass.skipped,
      keptIndividuals: 0,
      ignoredColumns: plan.ignored,
    };
    await refuseDuplicates(staging.read, staging.cellsTable);
    if (!importId) return outcome;
    return staging.commit((tx) =>
      commitStaged(ctx, tx, staging, request, prepared, importId, outcome),
    );
  });
}

async function stageRows(
  ctx: Context,
  staging: Staging,
  rows: AsyncIterable<{ line: number; values: string[] }>,
  plan: ColumnPlan,
  request: ReachImportRequest,
  prepared: Prepared,
  importId: string | null,
  hooks: ImportHooks,
  progress: { rowsRead: number },
): Promise<Pass> {
  const batchSize = hooks.batchSize ?? 20_000;
  const pass: Pass = {
    rowsRead: 0,
    skipped: 0,
    staged: 0,
    batches: 0,
    problems: new ProblemList(),
    pcodes: new PcodeLines(),
  };
  const cells = new BatchBuffer(Number.MAX_SAFE_INTEGER, (csv) =>
    staging.copy(staging.cellsTable, csv),
  );
  const people = new BatchBuffer(Number.MAX_SAFE_INTEGER, (csv) =>
    staging.copy(staging.peopleTable, csv),
  );
  const groups = new IndividualGroups(prepared.brackets);
  const rowContext: RowContext = { brackets: prepared.brackets, period: request.period };
  const keep = request.kind === 'individual' && prepared.keepIndividuals;
  for await (const row of rows) {
    pass.rowsRead += 1;
    if (request.kind === 'aggregated') {
      const result = readAggregatedRow(row.values, plan, row.line, rowContext);
      if ('problems' in result) pass.problems.add(result.problems);
      else
        for (const cell of result.cells) {
          pass.pcodes.add(cell.pcode, cell.line, cell.periodStart);
          pass.staged += 1;
          if (pass.problems.isEmpty && cells.add(cellLine(cell))) await cells.drain();
        }
    } else {
      const result = readIndividualRow(row.values, plan, row.line, rowContext);
      if ('skipped' in result) pass.skipped += 1;
      else if ('problems' in result) pass.problems.add(result.problems);
      else {
        pass.pcodes.add(
          result.person.pcode,
          result.person.line,
          result.person.reachedOn ?? result.person.period.start,
        );
        groups.add(result.person);
        if (keep && pass.problems.isEmpty && people.add(personLine(result.person)))
          await people.drain();
      }
    }
    if (pass.rowsRead % batchSize === 0) {
      await Promise.all([cells.drain(), people.drain()]).then(() => undefined);
      await afterBatch(ctx, importId, pass, hooks, progress);
    }
  }
  await cells.drain();
  await people.drain();
  if (request.kind === 'individual' && pass.problems.isEmpty) {
    const lines = groups.lines();
    pass.staged = lines.length;
    for (const line of lines) await cells.push(line);
    await cells.drain();
  }
  progress.rowsRead = pass.rowsRead;
  return pass;
}

async function afterBatch(
  ctx: Context,
  importId: string | null,
  pass: Pass,
  hooks: ImportHooks,
  progress: { rowsRead: number },
) {
  pass.batches += 1;
  progress.rowsRead = pass.rowsRead;
  if (importId) await updateImportProgress(ctx.deps.database.db, importId, pass.rowsRead);
  await hooks.onBatch?.({ rowsRead: pass.rowsRead, batches: pass.batches });
}

/** Unknown, replaced and retired places, and places outside the project's country, are bad rows too. */
async function checkPlaces(ctx: Context, project: ProjectRow, pass: Pass) {
  const { problems } = await importPlaceProblems(
    ctx.db,
    project.organizationId,
    pass.pcodes,
    (place) => (place.country !== project.country ? 'other_country' : null),
  );
  pass.problems.add(problems);
}

/** A cell given twice in one file is ambiguous: its lines are reported. */
async function refuseDuplicates(db: Db, stage: string) {
  const duplicates = await findDuplicateStagedCells(db, stage);
  if (duplicates.length === 0) return;
  const problems = new ProblemList();
  for (const { lines } of duplicates)
    problems.add(lines.slice(1).map((line) => ({ line, field: 'cell', code: 'duplicate_cell' })));
  throw problems.toError();
}

async function commitStaged(
  ctx: Context,
  tx: Db,
  staging: Staging,
  request: ReachImportRequest,
  prepared: Prepared,
  importId: string,
  outcome: ImportOutcome,
): Promise<ImportOutcome> {
  const ids = {
    organizationId: prepared.project.organizationId,
    projectId: prepared.project.id,
    importId,
  };
  const records = await mergeStagedCells(tx, staging.cellsTable, ids);
  const written = outcome.cells;
  const kept =
    request.kind === 'individual' && prepared.keepIndividuals
      ? await mergeStagedPeople(tx, staging.peopleTable, ids)
      : 0;
  await finishReachImport(tx, importId, {
    status: 'committed',
    rowsRead: outcome.rowsRead,
    rowsWritten: written,
    problems: [],
  });
  await recordAudit(withDb(ctx, tx), {
    action: 'reach.import',
    targetType: 'project',
    targetId: prepared.project.id,
    details: {
      importId,
      kind: request.kind,
      rows: outcome.rowsRead,
      cells: written,
      records,
      keptIndividuals: kept,
    },
  });
  return { ...outcome, cells: written, keptIndividuals: kept };
}
