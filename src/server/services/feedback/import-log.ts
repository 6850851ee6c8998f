/**
 * Bulk import of a feedback log (CSV/XLSX, e.g. a KoboToolbox export): every row validated first,
 * bad rows reported by line and field, then all rows committed in one transaction — or none.
 * Re-importing the same file returns the cases it created (row keys derive from the file's hash).
 */
import crypto from 'node:crypto';
import { mapHeaders, parseImportRow, type RowProblem } from '../../../core/feedback/import-row.js';
import type { CreateFeedbackRequest } from '../../../core/feedback/feedback.schema.js';
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { inTransaction } from '../../db/database.js';
import { readTable } from '../../exports/read-table.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { logCase } from './intake.js';

export const MAX_IMPORT_ROWS = 20_000;

/** Validates (and unless `dryRun`, imports) a log; returns counts. */
export async function importFeedbackLog(
  ctx: Context,
  file: { name: string; bytes: Uint8Array },
  dryRun: boolean,
) {
  authorize(ctx.actor, 'feedback.import');
  const organizationId = organizationOf(ctx.actor);
  const [header, ...rows] = await readTable(file.bytes, file.name);
  const headers = mapHeaders(header ?? []);
  if (![...headers.values()].includes('narrative')) {
    throw new AppError('validation_failed', 'feedback.import_no_message_column', {
      fields: [{ path: 'file', code: 'no_message_column' }],
    });
  }
  if (rows.length > MAX_IMPORT_ROWS)
    throw new AppError('payload_too_large', 'feedback.import_too_many_rows');
  const requests: { line: number; request: CreateFeedbackRequest }[] = [];
  const problems: RowProblem[] = [];
  rows.forEach((values, index) => {
    const result = parseImportRow(values, headers, index + 2);
    if ('request' in result) requests.push({ line: index + 2, request: result.request });
    else problems.push(...result.problems);
  });
  if (problems.length > 0) {
    throw new AppError('validation_failed', 'feedback.import_invalid_rows', {
      rows: problems.slice(0, 500),
      badRows: new Set(problems.map((p) => p.line)).size,
    });
  }
  if (dryRun) return { rows: requests.length, created: 0, alreadyImported: 0, dryRun: true };
  const fileHash = crypto.createHash('sha256').update(file.bytes).digest('hex').slice(0, 32);
  return inTransaction(ctx.db, async (tx) => {
    let created = 0;
    for (const { line, request } of requests) {
      const result = await logCase(withDb(ctx, tx), request, {
        organizationId,
        idempotencyKey: `import:${fileHash}:${line}`,
      });
      if (result.created) created += 1;
    }
    await recordAudit(withDb(ctx, tx), {
      action: 'feedback.import',
      details: { rows: requests.length, created, file: fileHash },
    });
    return {
      rows: requests.length,
      created,
      alreadyImported: requests.length - created,
      dryRun: false,
    };
  });
}
