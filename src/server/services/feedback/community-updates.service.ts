/**
 * "You said, we did": the feedback desk writes what the community raised (from the aggregated
 * trends) and what changed as a result, in the community's language, and publishes it as a public,
 * printable page. Drafts are internal; a published update is frozen.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  CommunityUpdate,
  createCommunityUpdateSchema,
  updateCommunityUpdateSchema,
} from '../../../core/feedback/community-update.schema.js';
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { inTransaction, type Db } from '../../db/database.js';
import { communityUpdates } from '../../db/schema-feedback.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';

type Row = typeof communityUpdates.$inferSelect;

function present(row: Row): CommunityUpdate {
  return {
    id: row.id,
    language: row.language as CommunityUpdate['language'],
    title: row.title,
    youSaid: row.youSaid,
    weDid: row.weDid,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    status: row.status as CommunityUpdate['status'],
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** The organisation's updates, newest first. */
export async function listCommunityUpdates(ctx: Context): Promise<{ items: CommunityUpdate[] }> {
  authorize(ctx.actor, 'feedback.list');
  const rows = await ctx.db
    .select()
    .from(communityUpdates)
    .where(eq(communityUpdates.organizationId, organizationOf(ctx.actor)))
    .orderBy(desc(communityUpdates.createdAt));
  return { items: rows.map(present) };
}

/** Writes a draft. */
export async function createCommunityUpdate(
  ctx: Context,
  input: z.infer<typeof createCommunityUpdateSchema>,
): Promise<CommunityUpdate> {
  authorize(ctx.actor, 'feedback.update');
  const organizationId = organizationOf(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(communityUpdates)
      .values({
        ...input,
        organizationId,
        createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
      })
      .returning();
    await recordAudit(withDb(ctx, tx), {
      action: 'communityUpdates.create',
      targetType: 'community_update',
      targetId: row!.id,
    });
    return present(row!);
  });
}

/** Edits a draft or publishes it; a published update no longer changes. */
export async function updateCommunityUpdate(
  ctx: Context,
  id: string,
  input: z.infer<typeof updateCommunityUpdateSchema>,
): Promise<CommunityUpdate> {
  authorize(ctx.actor, 'feedback.update');
  const organizationId = organizationOf(ctx.actor);
  const current = await find(ctx.db, organizationId, id);
  if (!current) throw new AppError('not_found', 'record.not_found');
  if (current.status === 'published') throw new AppError('conflict', 'feedback.update_published');
  const { version, status, ...changes } = input;
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(communityUpdates)
      .set({
        ...changes,
        ...(status ? { status, publishedAt: ctx.deps.now() } : {}),
        version: version + 1,
      })
      .where(
        and(
          eq(communityUpdates.id, id),
          eq(communityUpdates.organizationId, organizationId),
          eq(communityUpdates.version, version),
        ),
      )
      .returning();
    if (!row) throw new AppError('conflict', 'record.stale_version', { current: present(current) });
    await recordAudit(withDb(ctx, tx), {
      action: status ? 'communityUpdates.publish' : 'communityUpdates.update',
      targetType: 'community_update',
      targetId: id,
    });
    return present(row);
  });
}

/** A published update, for the public page (any organisation; drafts do not exist publicly). */
export async function findPublishedUpdate(
  db: Db,
  id: string,
): Promise<CommunityUpdate | undefined> {
  const [row] = await db
    .select()
    .from(communityUpdates)
    .where(and(eq(communityUpdates.id, id), eq(communityUpdates.status, 'published')));
  return row ? present(row) : undefined;
}

async function find(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(communityUpdates)
    .where(and(eq(communityUpdates.id, id), eq(communityUpdates.organizationId, organizationId)));
  return row;
}
