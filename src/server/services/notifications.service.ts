/** In-app notifications: who must know at once (PSEA focal points of SEA cases). */
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import { authorize } from '../../core/policy/authorize.js';
import type { Db } from '../db/database.js';
import { notifications } from '../db/schema-feedback.js';
import { users } from '../db/schema.js';
import type { Context } from './context.js';

/** Tells every active PSEA focal point of the organisation that confidential cases arrived. */
export async function notifyPseaFocalPoints(
  db: Db,
  organizationId: string,
  caseIds: string | readonly string[],
): Promise<number> {
  const targets = typeof caseIds === 'string' ? [caseIds] : caseIds;
  if (targets.length === 0) return 0;
  const focalPoints = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(users.role, 'psea_focal_point'),
        isNull(users.disabledAt),
      ),
    );
  if (focalPoints.length === 0) return 0;
  await db.insert(notifications).values(
    targets.flatMap((targetId) =>
      focalPoints.map((u) => ({
        organizationId,
        userId: u.id,
        kind: 'sea_case',
        targetType: 'feedback_case',
        targetId,
      })),
    ),
  );
  return focalPoints.length;
}

/** The caller's latest notifications and how many are unread. */
export async function listMyNotifications(ctx: Context) {
  authorize(ctx.actor, 'notifications.read');
  const actor = ctx.actor!;
  if (actor.kind !== 'user') throw new AppError('forbidden', 'policy.not_for_tokens');
  const mine = eq(notifications.userId, actor.id);
  const [rows, [unread]] = await Promise.all([
    ctx.db
      .select()
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt))
      .limit(50),
    ctx.db
      .select({ value: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return {
    unread: unread?.value ?? 0,
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      targetType: n.targetType,
      targetId: n.targetId,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
  };
}

/** Marks one of the caller's notifications as read. */
export async function markNotificationRead(ctx: Context, id: string): Promise<void> {
  authorize(ctx.actor, 'notifications.read');
  const actor = ctx.actor!;
  if (actor.kind !== 'user') throw new AppError('forbidden', 'policy.not_for_tokens');
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.deps.now() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)))
    .returning({ id: notifications.id });
  if (updated.length === 0) throw new AppError('not_found', 'record.not_found');
}
