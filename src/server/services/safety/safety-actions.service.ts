/** Actions that high and medium findings become: owner of the organisation, due date, status. */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { isOverdue } from '../../../core/projects/action.schema.js';
import { isActionable } from '../../../core/safety/compare-audits.js';
import {
  createSafetyActionRequestSchema,
  type CreateSafetyActionRequest,
  type ListSafetyActionsQuery,
  type SafetyAction,
  type UpdateSafetyActionRequest,
} from '../../../core/safety/safety-action.schema.js';
import type { RiskLevel } from '../../../core/safety/safety-site.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction } from '../../db/database.js';
import {
  findActionOfFinding,
  findSafetyAction,
  insertSafetyAction,
  listSafetyActions,
  updateSafetyActionIfVersion,
} from '../../repos/safety-actions.repo.js';
import { answersOf } from '../../repos/safety-audits.repo.js';
import { listDirectory } from '../../repos/users.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { countryScope } from '../projects.service.js';
import { actingUser, loadAudit, loadSite, todayOf } from './safety-scope.js';

type ActionRow = NonNullable<Awaited<ReturnType<typeof findSafetyAction>>>;

function present(row: ActionRow, today: string): SafetyAction {
  const { action } = row;
  return {
    id: action.id,
    siteId: action.siteId,
    siteName: row.siteName,
    auditId: action.auditId,
    auditDate: row.auditDate,
    itemCode: action.itemCode,
    risk: action.risk as RiskLevel,
    title: action.title,
    ownerId: action.ownerId,
    ownerName: row.ownerName,
    dueDate: action.dueDate,
    status: action.status as SafetyAction['status'],
    overdue: isOverdue(action, today),
    version: action.version,
    createdAt: action.createdAt.toISOString(),
  };
}

async function assertOwner(ctx: Context, organizationId: string, ownerId: string | undefined) {
  if (!ownerId) return;
  if (!(await listDirectory(ctx.db, organizationId)).some((u) => u.id === ownerId))
    throw new AppError('validation_failed', 'actions.unknown_owner', {
      fields: [{ path: 'ownerId', code: 'unknown_owner' }],
    });
}

/** Makes an action of a high or medium finding of an audit; a second one for the same finding is a conflict. */
export async function createSafetyAction(
  ctx: Context,
  auditId: string,
  request: CreateSafetyActionRequest,
): Promise<SafetyAction> {
  const { audit } = await loadAudit(ctx, 'safety.audit', auditId);
  const input = createSafetyActionRequestSchema.parse(request);
  const finding = (await answersOf(ctx.db, [audit.id])).find((a) => a.itemCode === input.itemCode);
  if (!finding || !isActionable(finding.risk as RiskLevel | null))
    throw new AppError('validation_failed', 'safety.not_a_finding', {
      fields: [{ path: 'itemCode', code: 'not_a_finding' }],
    });
  await assertOwner(ctx, audit.organizationId, input.ownerId);
  const taken = () =>
    new AppError('conflict', 'safety.action_exists', {
      fields: [{ path: 'itemCode', code: 'taken' }],
    });
  if (await findActionOfFinding(ctx.db, audit.id, input.itemCode)) throw taken();
  const id = await inTransaction(ctx.db, async (tx) => {
    const row = await insertSafetyAction(tx, {
      organizationId: audit.organizationId,
      siteId: audit.siteId,
      auditId: audit.id,
      itemCode: input.itemCode,
      risk: finding.risk!,
      title: input.title,
      ownerId: input.ownerId,
      dueDate: input.dueDate,
      createdBy: actingUser(ctx),
    });
    if (!row) return undefined;
    await recordAudit(withDb(ctx, tx), {
      action: 'safety.action.create',
      targetType: 'safety_action',
      targetId: row.id,
      details: { auditId: audit.id, itemCode: row.itemCode, risk: row.risk },
    });
    return row.id;
  });
  if (!id) throw taken();
  return present((await findSafetyAction(ctx.db, audit.organizationId, id))!, todayOf(ctx));
}

/** One page of actions in the actor's countries (per site, audit, status, overdue). */
export async function listSafetyActionsPage(
  ctx: Context,
  query: ListSafetyActionsQuery,
): Promise<Page<SafetyAction>> {
  authorize(ctx.actor, 'safety.read');
  const organizationId = organizationOf(ctx.actor);
  const { page, pageSize, sort, overdue, ...filters } = query;
  const today = todayOf(ctx);
  const result = await listSafetyActions(
    ctx.db,
    organizationId,
    {
      ...filters,
      overdue: overdue === undefined ? undefined : overdue === 'true',
      countries: countryScope(ctx.actor),
      today,
    },
    { sort, page, pageSize },
  );
  return { items: result.items.map((r) => present(r, today)), total: result.total, page, pageSize };
}

/** Changes an action's status, owner or due date, with the version read (stale: conflict). */
export async function updateSafetyAction(
  ctx: Context,
  id: string,
  request: UpdateSafetyActionRequest,
): Promise<SafetyAction> {
  authorize(ctx.actor, 'safety.audit');
  const organizationId = organizationOf(ctx.actor);
  const current = await findSafetyAction(ctx.db, organizationId, id);
  if (!current) throw new AppError('not_found', 'record.not_found');
  await loadSite(ctx, 'safety.audit', current.action.siteId);
  const { version, ...changes } = request;
  await assertOwner(ctx, organizationId, changes.ownerId);
  const updated = await inTransaction(ctx.db, async (tx) => {
    const row = await updateSafetyActionIfVersion(tx, id, version, {
      ...changes,
      updatedAt: ctx.deps.now(),
    });
    if (!row) return false;
    await recordAudit(withDb(ctx, tx), {
      action: 'safety.action.update',
      targetType: 'safety_action',
      targetId: id,
      details: {
        fromStatus: current.action.status,
        toStatus: changes.status ?? current.action.status,
      },
    });
    return true;
  });
  const today = todayOf(ctx);
  const after = present((await findSafetyAction(ctx.db, organizationId, id))!, today);
  if (!updated) throw new AppError('conflict', 'record.stale_version', { current: after });
  return after;
}
