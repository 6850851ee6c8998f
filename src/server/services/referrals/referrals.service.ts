/**
 * Referrals after they are made: list (with the overdue follow-ups), read, and move through the
 * workflow of core with a follow-up date and outcome. Reads and lists are audited (ids, counts).
 */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { invalidInput } from '../../../core/risk/invalid-input.js';
import {
  updateReferralRequestSchema,
  type ListReferralsQuery,
  type Referral,
} from '../../../core/services/referral.schema.js';
import {
  canMove,
  isClosed,
  type ReferralStatus,
} from '../../../core/services/referral-workflow.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction } from '../../db/database.js';
import {
  findReferral,
  listReferrals,
  updateReferralIfVersion,
} from '../../repos/referrals.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { countriesOf } from '../locations/resolve-locations.js';
import { toReferral } from './present-referral.js';
import { loadReferral, seesSea } from './referral-scope.js';

const today = (ctx: Context) => ctx.deps.now().toISOString().slice(0, 10);

export async function listReferralsPage(
  ctx: Context,
  query: ListReferralsQuery,
): Promise<Page<Referral>> {
  authorize(ctx.actor, 'referrals.list');
  const { page, pageSize, sort, overdue, ...filter } = query;
  const result = await listReferrals(
    ctx.db,
    organizationOf(ctx.actor),
    {
      ...filter,
      countries: countriesOf(ctx.actor),
      seesSea: seesSea(ctx.actor),
      overdueBefore: overdue === 'true' ? today(ctx) : undefined,
    },
    { sort, page, pageSize },
  );
  await recordAudit(ctx, {
    action: 'referrals.list',
    targetType: 'referral',
    details: { count: result.items.length, overdue: overdue === 'true' },
  });
  const items = result.items.map((r) => toReferral(r, ctx.deps.cipher, today(ctx)));
  return { items, total: result.total, page, pageSize };
}

export async function getReferral(ctx: Context, id: string): Promise<Referral> {
  const row = await loadReferral(ctx, 'referrals.read', id);
  await recordAudit(ctx, { action: 'referrals.read', targetType: 'referral', targetId: id });
  return toReferral(row, ctx.deps.cipher, today(ctx));
}

/** Moves a referral on (allowed transitions only), sets its follow-up date and outcome. */
export async function updateReferral(ctx: Context, id: string, input: unknown): Promise<Referral> {
  const current = await loadReferral(ctx, 'referrals.update', id);
  const { version, status, followUpOn, outcome } = updateReferralRequestSchema.parse(input);
  const from = current.status as ReferralStatus;
  if (status && status !== from && !canMove(from, status))
    throw invalidInput('referrals.invalid_transition', [
      { path: 'status', code: 'invalid_transition', params: { from, to: status } },
    ]);
  const moved = status !== undefined && status !== from;
  await inTransaction(ctx.db, async (tx) => {
    const row = await updateReferralIfVersion(tx, id, version, {
      ...(moved ? { status, closedAt: isClosed(status) ? ctx.deps.now() : null } : {}),
      ...(followUpOn !== undefined ? { followUpOn } : {}),
      ...(outcome !== undefined ? { outcome } : {}),
    });
    if (!row)
      throw new AppError('conflict', 'record.stale_version', {
        current: toReferral(current, ctx.deps.cipher, today(ctx)),
      });
    await recordAudit(withDb(ctx, tx), {
      action: 'referrals.update',
      targetType: 'referral',
      targetId: id,
      details: { from, to: row.status, version: row.version },
    });
  });
  return toReferral(
    (await findReferral(ctx.db, current.organizationId, id))!,
    ctx.deps.cipher,
    today(ctx),
  );
}
