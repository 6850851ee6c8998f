/**
 * What both ways of reading a reach import share (decision 031): row by row in JavaScript
 * (process-file.ts) or checked in the database (parse-in-database.ts). Progress after each batch,
 * the place checks, and the commit with its import record and audit entry.
 */
import type { AgeBracketSet } from '../../../core/reach/age-brackets.js';
import type { Db } from '../../db/database.js';
import type { ProjectRow } from '../../repos/projects.repo.js';
import { finishReachImport, updateImportProgress } from '../../repos/reach-imports.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { importPlaceProblems } from './check-import-places.js';
import type { PcodeLines, ProblemList } from './import-problems.js';
import type { ReachImportRequest } from './import-reach.js';

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
  /** `rows`: read row by row even a file the database could check (tests, the benchmark). */
  reader?: 'rows';
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
  /** How the rows were read and checked: in the database, or row by row. */
  checkedIn: 'database' | 'rows';
}

/** The running count of a pass over the file. */
export interface BatchCount {
  rowsRead: number;
  batches: number;
}

/** After each batch: the import record's progress, then the caller's hook. */
export async function afterBatch(
  ctx: Context,
  importId: string | null,
  count: BatchCount,
  hooks: ImportHooks,
  progress: { rowsRead: number },
) {
  count.batches += 1;
  progress.rowsRead = count.rowsRead;
  if (importId) await updateImportProgress(ctx.deps.database.db, importId, count.rowsRead);
  await hooks.onBatch?.({ rowsRead: count.rowsRead, batches: count.batches });
}

/** Unknown, replaced and retired places, and places outside the project's country, are bad rows too. */
export async function checkPlaces(
  ctx: Context,
  project: ProjectRow,
  pcodes: PcodeLines,
  problems: ProblemList,
) {
  const found = await importPlaceProblems(ctx.db, project.organizationId, pcodes, (place) =>
    place.country !== project.country ? 'other_country' : null,
  );
  problems.add(found.problems);
}

export interface Written {
  records: number;
  keptIndividuals: number;
}

/** In the commit's transaction: writes the records, then marks the import committed and audits it. */
export async function commitImport(
  ctx: Context,
  tx: Db,
  request: ReachImportRequest,
  prepared: Prepared,
  importId: string,
  outcome: ImportOutcome,
  write: (ids: { organizationId: string; projectId: string; importId: string }) => Promise<Written>,
): Promise<ImportOutcome> {
  const { records, keptIndividuals } = await write({
    organizationId: prepared.project.organizationId,
    projectId: prepared.project.id,
    importId,
  });
  await finishReachImport(tx, importId, {
    status: 'committed',
    rowsRead: outcome.rowsRead,
    rowsWritten: outcome.cells,
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
      cells: outcome.cells,
      records,
      keptIndividuals,
    },
  });
  return { ...outcome, keptIndividuals };
}
