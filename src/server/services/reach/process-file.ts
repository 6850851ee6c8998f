/**
 * One pass over an import file: check and stage every row, check the places, then move it all in.
 * A plain CSV of one cell per row is first given to the database to check (decision 031); what
 * it is not sure of is read here, row by row, by the core checker.
 */
import { AppError } from '../../../core/errors.js';
import { planColumns, type ColumnPlan } from '../../../core/reach/reach-columns.js';
import {
  readAggregatedRow,
  readIndividualRow,
  type RowContext,
} from '../../../core/reach/read-import-row.js';
import {
  findDuplicateStagedCells,
  mergeStagedCells,
  mergeStagedPeople,
} from '../../repos/reach.repo.js';
import type { Db } from '../../db/database.js';
import type { Context } from '../context.js';
import { BatchBuffer, cellLine, personLine } from './import-batches.js';
import { PcodeLines, ProblemList } from './import-problems.js';
import type { ReachImportRequest } from './import-reach.js';
import {
  afterBatch,
  checkPlaces,
  commitImport,
  type ImportHooks,
  type ImportOutcome,
  type Prepared,
} from './import-steps.js';
import { IndividualGroups } from './individual-groups.js';
import { parseInDatabase } from './parse-in-database.js';
import { readRows, withHeader, type TableSource } from './read-rows.js';
import { withStaging, type Staging } from './staging.js';

export type { ImportHooks, ImportOutcome, Prepared } from './import-steps.js';

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
  if (hooks.reader !== 'rows') {
    const checked = await parseInDatabase(
      ctx,
      source,
      request,
      prepared,
      importId,
      hooks,
      progress,
    );
    if (checked) return checked;
  }
  return processRows(ctx, source, request, prepared, importId, hooks, progress);
}

/** The file read row by row: every row checked by the core checker as it is staged. */
async function processRows(
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
    await checkPlaces(ctx, prepared.project, pass.pcodes, pass.problems);
    if (!pass.problems.isEmpty) throw pass.problems.toError();
    const outcome: ImportOutcome = {
      importId,
      dryRun: request.dryRun,
      rowsRead: pass.rowsRead,
      cells: pass.staged,
      skippedRows: pass.skipped,
      keptIndividuals: 0,
      ignoredColumns: plan.ignored,
      checkedIn: 'rows',
    };
    if (!importId) {
      await refuseDuplicates(staging.read, staging.cellsTable);
      return outcome;
    }
    return staging.commit((tx) =>
      commitImport(ctx, tx, request, prepared, importId, outcome, (ids) =>
        writeStaged(tx, staging, request, prepared, ids),
      ),
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
  const stager = new RowStager(staging, plan, request, prepared);
  const { pass } = stager;
  try {
    for await (const row of rows) {
      stager.take(row);
      if (pass.rowsRead % batchSize === 0) {
        await stager.handOver();
        await afterBatch(ctx, importId, pass, hooks, progress);
      }
    }
  } finally {
    // No write may still be running on the staging connection when its transaction ends.
    await stager.settle();
  }
  await stager.finish();
  progress.rowsRead = pass.rowsRead;
  return pass;
}

/**
 * Checks each row and holds what it stages: cells (aggregated files), the running aggregate of
 * individual rows, and the people kept when the organisation keeps them. Once a bad row is met,
 * nothing more is staged, but every row is still checked.
 */
class RowStager {
  readonly pass: Pass = {
    rowsRead: 0,
    skipped: 0,
    staged: 0,
    batches: 0,
    problems: new ProblemList(),
    pcodes: new PcodeLines(),
  };
  private readonly cells: BatchBuffer;
  private readonly people: BatchBuffer;
  private readonly groups: IndividualGroups;
  private readonly rowContext: RowContext;
  private readonly keep: boolean;

  constructor(
    staging: Staging,
    private readonly plan: ColumnPlan,
    private readonly request: ReachImportRequest,
    prepared: Prepared,
  ) {
    this.cells = new BatchBuffer((csv) => staging.copy(staging.cellsTable, csv));
    this.people = new BatchBuffer((csv) => staging.copy(staging.peopleTable, csv));
    this.groups = new IndividualGroups(prepared.brackets);
    this.rowContext = { brackets: prepared.brackets, period: request.period };
    this.keep = request.kind === 'individual' && prepared.keepIndividuals;
  }

  take(row: { line: number; values: string[] }): void {
    const { pass } = this;
    pass.rowsRead += 1;
    if (this.request.kind === 'aggregated') {
      const result = readAggregatedRow(row.values, this.plan, row.line, this.rowContext);
      if ('problems' in result) return pass.problems.add(result.problems);
      for (const cell of result.cells) {
        pass.pcodes.add(cell.pcode, cell.line, cell.periodStart);
        pass.staged += 1;
        if (pass.problems.isEmpty) this.cells.add(cellLine(cell));
      }
      return;
    }
    const result = readIndividualRow(row.values, this.plan, row.line, this.rowContext);
    if ('skipped' in result) pass.skipped += 1;
    else if ('problems' in result) pass.problems.add(result.problems);
    else {
      const { person } = result;
      pass.pcodes.add(person.pcode, person.line, person.reachedOn ?? person.period.start);
      this.groups.add(person);
      if (this.keep && pass.problems.isEmpty) this.people.add(personLine(person));
    }
  }

  /** Starts writing the batch read, while the next one is read. */
  async handOver(): Promise<void> {
    await Promise.all([this.cells.handOver(), this.people.handOver()]);
  }

  settle(): Promise<unknown> {
    return Promise.all([this.cells.settle(), this.people.settle()]);
  }

  /** Writes what is held, and for individual files the cells of their aggregate. */
  async finish(): Promise<void> {
    await this.cells.drain();
    await this.people.drain();
    if (this.request.kind !== 'individual' || !this.pass.problems.isEmpty) return;
    const lines = this.groups.lines();
    this.pass.staged = lines.length;
    for (const line of lines) this.cells.add(line);
    await this.cells.drain();
  }
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

/** Moves the staged cells (and people, when kept) into the real tables. */
async function writeStaged(
  tx: Db,
  staging: Staging,
  request: ReachImportRequest,
  prepared: Prepared,
  ids: { organizationId: string; projectId: string; importId: string },
) {
  // The merge finds cells given twice as it groups them; only then are their lines looked up.
  const { records, uniqueCells } = await mergeStagedCells(tx, staging.cellsTable, ids);
  if (!uniqueCells) {
    await refuseDuplicates(tx, staging.cellsTable);
    throw new Error('cells given twice were found, but not their lines');
  }
  const keptIndividuals =
    request.kind === 'individual' && prepared.keepIndividuals
      ? await mergeStagedPeople(tx, staging.peopleTable, ids)
      : 0;
  return { records, keptIndividuals };
}
