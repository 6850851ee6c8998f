/** Action plans: a not-met or partly-met item becomes an action with an owner, a due date and a status. */
import {
  createActionRequestSchema,
  isOverdue,
  type Action,
  type ActionStatus,
  type CreateActionRequest,
  type UpdateActionRequest,
} from '../../core/projects/action.schema.js';
import { AppError } from '../../core/errors.js';
import { organizationOf } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import { inTransaction } from '../db/database.js';
import {
  findAction,
  insertAction,
  listActionsOfOwner,
  listProjectActions,
  updateActionIfVersion,
} from '../repos/actions.repo.js';
import { findAnswer } from '../repos/answers.repo.js';
import { listDirectory } from '../repos/users.repo.js';
import { recordAudit } from './audit.service.js';
import { withDb, type Context } from './context.js';
import { countryScope, loadProject } from './projects.service.js';

type ActionWithNames = NonNullable<Awaited<ReturnType<typeof findAction>>>;

async function assertOwner(
  ctx: Context,
  organizationId: string,
  ownerId: string | null | undefined,
) {
  if (!ownerId) return;
  const staff = await listDirectory(ctx.db, organizationId);
  if (!staff.some((s) => s.id === ownerId)) {
    throw new AppError('validation_failed', 'actions.unknown_owner', {
      fields: [{ path: 'ownerId', code: 'unknown_owner' }],
    });
  }
}

/** Creates an action, from an item answered not met or partly when `itemId` is given. */
export async function createAction(
  ctx: Context,
  projectId: string,
  request: CreateActionRequest,
): Promise<Action> {
  const project = await loadProject(ctx, 'actions.create', projectId);
  const input = createActionRequestSchema.parse(request);
  if (input.itemId) {
    const answer = await findAnswer(ctx.db, project.id, input.itemId);
    if (!answer || !['not_met', 'partly'].includes(answer.status)) {
      throw new AppError('validation_failed', 'actions.item_not_open', {
        fields: [{ path: 'itemId', code: 'not_unmet' }],
      });
    }
  }
  await assertOwner(ctx, project.organizationId, input.ownerId);
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertAction(tx, {
      organizationId: project.organizationId,
      projectId: project.id,
      itemId: input.itemId ?? null,
      title: input.title,
      description: input.description ?? null,
      ownerId: input.ownerId ?? null,
      dueDate: input.dueDate ?? null,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'actions.create',
      targetType: 'action',
      targetId: row.id,
      details: { projectId, itemId: row.itemId },
    });
    return toAction((await findAction(tx, project.organizationId, row.id))!, today(ctx));
  });
}

/** A project's actions. */
export async function listActionsOfProject(
  ctx: Context,
  projectId: string,
): Promise<{ items: Action[] }> {
  const project = await loadProject(ctx, 'actions.list', projectId);
  const rows = await listProjectActions(ctx.db, project.id);
  return { items: rows.map((r) => toAction(r, today(ctx))) };
}

/** The caller's open actions, overdue first. */
export async function listMyActions(ctx: Context): Promise<{ items: Action[] }> {
  authorize(ctx.actor, 'actions.list');
  const actor = ctx.actor!;
  if (actor.kind !== 'user') return { items: [] };
  const scope = countryScope(actor);
  const rows = (await listActionsOfOwner(ctx.db, organizationOf(actor), actor.id)).filter(
    (r) => !scope || scope.includes(r.projectCountry),
  );
  const items = rows.map((r) => toAction(r, today(ctx)));
  return { items: [...items.filter((a) => a.overdue), ...items.filter((a) => !a.overdue)] };
}

/** Changes an action's status, owner, due date or text; stale versions conflict. */
export async function updateAction(
  ctx: Context,
  id: string,
  input: UpdateActionRequest,
): Promise<Action> {
  authorize(ctx.actor, 'actions.update');
  const organizationId = organizationOf(ctx.actor);
  const existing = await findAction(ctx.db, organizationId, id);
  if (!existing) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, 'actions.update', { organizationId, country: existing.projectCountry });
  await assertOwner(ctx, organizationId, input.ownerId);
  return inTransaction(ctx.db, async (tx) => {
    const { version, ...changes } = input;
    const updated = await updateActionIfVersion(tx, organizationId, id, version, changes);
    if (!updated) {
      const current = await findAction(tx, organizationId, id);
      throw new AppError('conflict', 'record.stale_version', {
        current: current ? toAction(current, today(ctx)) : null,
      });
    }
    await recordAudit(withDb(ctx, tx), {
      action: 'actions.update',
      targetType: 'action',
      targetId: id,
      details: { changed: Object.keys(changes), status: updated.status },
    });
    return toAction((await findAction(tx, organizationId, id))!, today(ctx));
  });
}

/** The organisation's active staff, for owner pickers. */
export async function listStaffDirectory(ctx: Context) {
  authorize(ctx.actor, 'users.directory');
  return { items: await listDirectory(ctx.db, organizationOf(ctx.actor)) };
}

function today(ctx: Context): string {
  return ctx.deps.now().toISOString().slice(0, 10);
}

function toAction(row: ActionWithNames, day: string): Action {
  const a = row.action;
  return {
    id: a.id,
    projectId: a.projectId,
    projectCode: row.projectCode,
    itemId: a.itemId,
    title: a.title,
    description: a.description,
    ownerId: a.ownerId,
    ownerName: row.ownerName,
    dueDate: a.dueDate,
    status: a.status as ActionStatus,
    overdue: isOverdue(a, day),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}
