/**
 * Writes prepared cases in one transaction: deadlines from each organisation's settings, the cases
 * (skipping those whose idempotency key or message id is taken), their audit entries, and the
 * PSEA focal points' notifications for SEA cases. All of it commits together or not at all.
 */
import { computeDeadlines } from '../../../core/feedback/deadlines.js';
import type { Sensitivity } from '../../../core/feedback/feedback.schema.js';
import { inTransaction, type Db } from '../../db/database.js';
import { createGroupCommit } from '../../db/group-commit.js';
import type { NewAuditRow } from '../../repos/audit.repo.js';
import { insertAudit } from '../../repos/audit.repo.js';
import { insertCases, type FeedbackRow, type NewFeedbackRow } from '../../repos/feedback.repo.js';
import { notifyPseaFocalPoints } from '../notifications.service.js';
import { loadSettings } from '../organization-settings.service.js';

/** A case ready to insert: validated, triaged, encrypted; deadlines are set when written. */
export interface PreparedCase {
  values: Omit<NewFeedbackRow, 'acknowledgeDue' | 'respondDue'> & {
    organizationId: string;
    receipt: string;
    receivedAt: Date;
    sensitivity: Sensitivity;
  };
  /** The audit entry of the creation, completed with the case id once inserted. */
  audit: NewAuditRow;
}

/** Writes one prepared case, or returns undefined when a retry's earlier case holds its key. */
export type CaseWriter = (prepared: PreparedCase) => Promise<FeedbackRow | undefined>;

const MAX_BATCH = 100;

/** The writer of a database: concurrent intakes share transactions (see group-commit.ts). */
export function createCaseWriter(db: Db): CaseWriter {
  return createGroupCommit((batch: PreparedCase[]) => persistCases(db, batch), {
    maxBatch: MAX_BATCH,
  });
}

/** Writes the cases; for each, the inserted row, or undefined when its key was already used. */
export function persistCases(
  db: Db,
  batch: readonly PreparedCase[],
): Promise<(FeedbackRow | undefined)[]> {
  return inTransaction(db, async (tx) => {
    const deadlines = new Map<string, Awaited<ReturnType<typeof loadSettings>>['deadlines']>();
    for (const organizationId of new Set(batch.map((p) => p.values.organizationId))) {
      deadlines.set(organizationId, (await loadSettings(tx, organizationId)).deadlines);
    }
    const inserted = await insertCases(
      tx,
      batch.map(({ values }) => ({
        ...values,
        ...computeDeadlines(
          values.receivedAt,
          values.sensitivity,
          deadlines.get(values.organizationId),
        ),
      })),
    );
    const byReceipt = new Map(inserted.map((row) => [row.receipt, row]));
    const rows = batch.map((p) => byReceipt.get(p.values.receipt));
    await insertAudit(
      tx,
      batch.flatMap((p, i) => (rows[i] ? [{ ...p.audit, targetId: rows[i].id }] : [])),
    );
    await notifySea(tx, rows);
    return rows;
  });
}

async function notifySea(tx: Db, rows: readonly (FeedbackRow | undefined)[]) {
  const seaByOrganization = new Map<string, string[]>();
  for (const row of rows) {
    if (row?.sensitivity !== 'sea') continue;
    seaByOrganization.set(row.organizationId, [
      ...(seaByOrganization.get(row.organizationId) ?? []),
      row.id,
    ]);
  }
  for (const [organizationId, caseIds] of seaByOrganization) {
    await notifyPseaFocalPoints(tx, organizationId, caseIds);
  }
}
