/**
 * Reach imports (decision 023): a CSV, XLSX or Kobo export, HXL-tagged or not, of aggregated cells
 * or of individual records, streamed row by row. Every row is checked while it is staged; bad
 * rows are reported by line and nothing reaches reach_counts; otherwise one transaction moves the
 * staged cells in, replacing cells already there, with the audit entry. Individual rows are kept
 * only when the organisation turns that on.
 */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { ReachImport } from '../../../core/reach/reach-import.schema.js';
import type { ImportKind } from '../../../core/reach/reach-columns.js';
import type { Period, RowProblem } from '../../../core/reach/read-import-row.js';
import { parseAgeBrackets } from '../../../core/reach/age-brackets.js';
import { findProject } from '../../repos/projects.repo.js';
import {
  failStaleImports,
  findReachImport,
  finishReachImport,
  insertReachImport,
  type ReachImportRow,
} from '../../repos/reach-imports.repo.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { loadProject } from '../projects.service.js';
import {
  processFile,
  type ImportHooks,
  type ImportOutcome,
  type Prepared,
} from './process-file.js';
import type { TableSource } from './read-rows.js';

export interface ReachImportRequest {
  projectId: string;
  kind: ImportKind;
  dryRun: boolean;
  period?: Period | undefined;
}

/** Imports still `running` this long after they started, and not running here, crashed. */
const STALE_AFTER_MS = 30 * 60 * 1000;
const live = new Set<string>();

async function prepare(ctx: Context, request: ReachImportRequest): Promise<Prepared> {
  authorize(ctx.actor, 'reach.import');
  const project = await loadProject(ctx, 'reach.import', request.projectId);
  if (request.kind === 'individual' && !request.period)
    throw new AppError('validation_failed', 'reach.import_period_required', {
      fields: [{ path: 'periodStart', code: 'required' }],
    });
  const settings = await loadSettings(ctx.db, project.organizationId);
  await failStaleImports(
    ctx.deps.database.db,
    project.organizationId,
    new Date(ctx.deps.now().getTime() - STALE_AFTER_MS),
    [...live],
  );
  return {
    project,
    brackets: parseAgeBrackets(settings.ageBrackets),
    keepIndividuals: settings.keepIndividualRecords,
  };
}

/** Runs an import to its end (the CLI, tests, benchmarks); throws the bad rows when there are any. */
export async function importReach(
  ctx: Context,
  source: TableSource,
  request: ReachImportRequest,
  hooks: ImportHooks = {},
): Promise<ImportOutcome> {
  const prepared = await prepare(ctx, request);
  if (request.dryRun) return processFile(ctx, source, request, prepared, null, hooks);
  const record = await recordStart(ctx, source, request, prepared);
  return runRecorded(ctx, source, request, prepared, record.id, hooks);
}

/** Starts an import and answers at once (the web app polls its progress); dry runs answer in full. */
export async function startReachImport(
  ctx: Context,
  source: TableSource,
  request: ReachImportRequest,
): Promise<ImportOutcome | ReachImport> {
  const prepared = await prepare(ctx, request);
  if (request.dryRun) return processFile(ctx, source, request, prepared, null, {});
  const record = await recordStart(ctx, source, request, prepared);
  runRecorded(ctx, source, request, prepared, record.id, {}).catch((error: unknown) => {
    if (!AppError.isAppError(error))
      ctx.deps.log.error('reach import failed', {
        error: error instanceof Error ? error.stack : String(error),
      });
  });
  return presentImport(record);
}

function recordStart(ctx: Context, source: TableSource, request: ReachImportRequest, p: Prepared) {
  return insertReachImport(ctx.deps.database.db, {
    organizationId: p.project.organizationId,
    projectId: p.project.id,
    kind: request.kind,
    fileName: source.name.slice(0, 200),
    fileHash: source.hash ?? 'unhashed',
    createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
  });
}

async function runRecorded(
  ctx: Context,
  source: TableSource,
  request: ReachImportRequest,
  prepared: Prepared,
  importId: string,
  hooks: ImportHooks,
): Promise<ImportOutcome> {
  live.add(importId);
  const progress = { rowsRead: 0 };
  try {
    return await processFile(ctx, source, request, prepared, importId, hooks, progress);
  } catch (error) {
    await finishReachImport(ctx.deps.database.db, importId, {
      status: 'failed',
      rowsRead: progress.rowsRead,
      rowsWritten: 0,
      problems: problemsOf(error),
    });
    throw error;
  } finally {
    live.delete(importId);
  }
}

function problemsOf(error: unknown): RowProblem[] {
  if (!AppError.isAppError(error)) return [{ line: 0, field: 'import', code: 'internal' }];
  const details = error.details as
    { rows?: RowProblem[]; fields?: { path: string; code: string }[] } | undefined;
  if (details?.rows) return details.rows;
  return (details?.fields ?? []).map((f) => ({ line: 0, field: f.path, code: f.code }));
}

/** An import's progress and outcome (its project must be within the caller's scope). */
export async function getReachImport(ctx: Context, id: string): Promise<ReachImport> {
  authorize(ctx.actor, 'reach.import');
  const organizationId = organizationOf(ctx.actor);
  const record = await findReachImport(ctx.db, organizationId, id);
  const project = record && (await findProject(ctx.db, organizationId, record.projectId));
  if (!record || !project) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, 'reach.import', { organizationId, country: project.country });
  return presentImport(record);
}

/** The API shape of an import record. */
export function presentImport(row: ReachImportRow): ReachImport {
  return {
    id: row.id,
    projectId: row.projectId,
    kind: row.kind as ImportKind,
    fileName: row.fileName,
    status: row.status as ReachImport['status'],
    rowsRead: row.rowsRead,
    rowsWritten: row.rowsWritten,
    problems: row.problems as RowProblem[],
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
