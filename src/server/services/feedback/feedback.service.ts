/** The feedback desk: intake by staff, lists and reads within the lanes, the workflow, notes. */
import { AppError } from '../../../core/errors.js';
import type {
  CreateFeedbackRequest,
  FeedbackCase,
  ListFeedbackQuery,
  Sensitivity,
} from '../../../core/feedback/feedback.schema.js';
import type { UpdateFeedbackRequest } from '../../../core/feedback/feedback.schema.js';
import { canReclassifySea, canSeeCase } from '../../../core/feedback/lane.js';
import { canMoveCase } from '../../../core/feedback/workflow.js';
import { organizationOf, type Actor } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/database.js';
import { users } from '../../db/schema.js';
import {
  findCase,
  insertNote,
  listCases,
  listNotes,
  updateCaseIfVersion,
  type FeedbackRow,
} from '../../repos/feedback.repo.js';
import { userNames } from '../../repos/users.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { countryScope } from '../projects.service.js';
import { logCase } from './intake.js';
import { presentCase } from './present-case.js';
import { notifyPseaFocalPoints } from '../notifications.service.js';

export type IntakeResult =
  | { kind: 'case'; created: boolean; case: FeedbackCase }
  | {
      kind: 'receipt';
      created: boolean;
      receipt: { id: null; reference: string; receipt: string; restricted: true };
    };

/** Staff intake (hotline, in person, suggestion box). Whoever may not see an SEA case gets only a receipt. */
export async function createFeedback(
  ctx: Context,
  request: CreateFeedbackRequest,
  idempotencyKey?: string,
): Promise<IntakeResult> {
  authorize(ctx.actor, 'feedback.create');
  const organizationId = organizationOf(ctx.actor);
  const { row, created } = await logCase(ctx, request, { organizationId, idempotencyKey });
  return resultFor(ctx.actor!, row, created, ctx);
}

/** What the submitter of a case gets back. */
export function resultFor(
  actor: Actor,
  row: FeedbackRow,
  created: boolean,
  ctx: Context,
): IntakeResult {
  if (!canSeeCase(actor, row.sensitivity as Sensitivity)) {
    return {
      kind: 'receipt',
      created,
      receipt: { id: null, reference: row.reference, receipt: row.receipt, restricted: true },
    };
  }
  return { kind: 'case', created, case: presentCase(row, actor, ctx.deps.cipher) };
}

/** One page of the cases the caller may see (SEA cases only for PSEA focal points). */
export async function listFeedback(
  ctx: Context,
  query: ListFeedbackQuery,
): Promise<Page<FeedbackCase>> {
  authorize(ctx.actor, 'feedback.list');
  const actor = ctx.actor!;
  const visibility = { sea: canSeeCase(actor, 'sea'), countries: countryScope(actor) };
  const { items, total } = await listCases(
    ctx.db,
    organizationOf(actor),
    query,
    visibility,
    ctx.deps.now(),
  );
  return {
    items: items.map((r) => presentCase(r, actor, ctx.deps.cipher)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Loads a case the caller may see, or `not_found` (a case in another lane does not exist for them). */
async function loadCase(
  ctx: Context,
  action: 'feedback.read' | 'feedback.update',
  id: string,
): Promise<FeedbackRow> {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findCase(ctx.db, organizationId, id);
  if (!row || !canSeeCase(ctx.actor!, row.sensitivity as Sensitivity))
    throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, {
    organizationId,
    ...(row.country ? { country: row.country } : {}),
  });
  return row;
}

/** One case; reads of SEA and sensitive cases are audited. */
export async function getFeedback(ctx: Context, id: string): Promise<FeedbackCase> {
  const row = await loadCase(ctx, 'feedback.read', id);
  if (row.sensitivity !== 'non_sensitive') {
    await recordAudit(ctx, {
      action: 'feedback.read',
      targetType: 'feedback_case',
      targetId: id,
      details: { sensitivity: row.sensitivity },
    });
  }
  return presentCase(row, ctx.actor!, ctx.deps.cipher);
}

/** A case goes only to an active member of the feedback desk who may see it. */
async function assertAssignee(ctx: Context, row: FeedbackRow, userId: string) {
  const [user] = await ctx.db
    .select({ role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, row.organizationId)));
  const desk = ['feedback_operator', 'protection_officer', 'psea_focal_point'];
  const allowed =
    user &&
    !user.disabledAt &&
    desk.includes(user.role) &&
    (row.sensitivity !== 'sea' || user.role === 'psea_focal_point');
  if (!allowed) {
    throw new AppError('validation_failed', 'feedback.unknown_assignee', {
      fields: [{ path: 'assignedTo', code: 'not_allowed' }],
    });
  }
}

/** Moves a case through the workflow, reclassifies it, records the reply given and notes. */
export async function updateFeedback(
  ctx: Context,
  id: string,
  input: UpdateFeedbackRequest,
): Promise<FeedbackCase> {
  const row = await loadCase(ctx, 'feedback.update', id);
  const actor = ctx.actor!;
  if (input.status && !canMoveCase(row.status as FeedbackCase['status'], input.status)) {
    throw new AppError('conflict', 'feedback.transition_not_allowed', {
      from: row.status,
      to: input.status,
    });
  }
  if (
    input.sensitivity &&
    row.sensitivity === 'sea' &&
    input.sensitivity !== 'sea' &&
    !canReclassifySea(actor)
  ) {
    throw new AppError('forbidden', 'feedback.sea_reclassify');
  }
  const now = ctx.deps.now();
  const changes = {
    ...(input.status ? { status: input.status } : {}),
    ...(input.status === 'acknowledged' ? { acknowledgedAt: now } : {}),
    ...(input.status === 'responded' ? { respondedAt: now } : {}),
    ...(input.status === 'closed' ? { closedAt: now } : {}),
    ...(input.sensitivity ? { sensitivity: input.sensitivity, reviewRequired: false } : {}),
    ...(input.replyChannel ? { replyChannel: input.replyChannel } : {}),
    ...(input.satisfaction ? { satisfaction: input.satisfaction } : {}),
    ...(input.assignedTo !== undefined ? { assignedTo: input.assignedTo } : {}),
  };
  if (input.assignedTo) await assertAssignee(ctx, row, input.assignedTo);
  return inTransaction(ctx.db, async (tx) => {
    const updated = await updateCaseIfVersion(tx, row.organizationId, id, input.version, changes);
    if (!updated) {
      const current = await findCase(tx, row.organizationId, id);
      throw new AppError('conflict', 'record.stale_version', {
        current: current ? presentCase(current, actor, ctx.deps.cipher) : null,
      });
    }
    const by = actor.kind === 'user' ? actor.id : null;
    if (input.sensitivity === 'sea' && row.sensitivity !== 'sea')
      await notifyPseaFocalPoints(tx, row.organizationId, id);
    for (const [kind, text] of [
      ['note', input.note],
      ['reply', input.reply],
      ['reclassification', input.reason],
    ] as const) {
      if (text)
        await insertNote(tx, {
          organizationId: row.organizationId,
          caseId: id,
          kind,
          bodyEnc: ctx.deps.cipher.encrypt(text),
          by,
          at: now,
        });
    }
    await recordAudit(withDb(ctx, tx), {
      action: input.sensitivity ? 'feedback.reclassify' : 'feedback.update',
      targetType: 'feedback_case',
      targetId: id,
      details: { from: row.status, to: updated.status, sensitivity: updated.sensitivity },
    });
    return presentCase(updated, actor, ctx.deps.cipher);
  });
}

/** A case's notes and replies, for the feedback desk (never for readers outside it). */
export async function listCaseNotes(ctx: Context, id: string) {
  const row = await loadCase(ctx, 'feedback.update', id);
  const notes = await listNotes(ctx.db, row.id);
  const names = await userNames(
    ctx.db,
    notes.map((n) => n.by),
  );
  return {
    items: notes.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: n.bodyEnc ? ctx.deps.cipher.decrypt(n.bodyEnc) : (n.body ?? ''),
      by: n.by ? (names.get(n.by) ?? null) : null,
      at: n.at.toISOString(),
    })),
  };
}
