import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  projectAnswerHistory,
  projectAnswers,
  projectWaivers,
  type AnswerSnapshot,
} from '../db/schema-projects.js';

export type AnswerRow = typeof projectAnswers.$inferSelect;
export type WaiverRow = typeof projectWaivers.$inferSelect;

/** Every answer of a project. */
export function listAnswers(db: Db, projectId: string) {
  return db.select().from(projectAnswers).where(eq(projectAnswers.projectId, projectId));
}

/** The answer to one item. */
export async function findAnswer(db: Db, projectId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(projectAnswers)
    .where(and(eq(projectAnswers.projectId, projectId), eq(projectAnswers.itemId, itemId)));
  return row;
}

/**
 * Writes an answer: inserts the first one (refusing a concurrent first insert), or updates when the
 * version still matches. Returns undefined when another write came first.
 */
export async function writeAnswer(
  db: Db,
  values: typeof projectAnswers.$inferInsert,
  expectedVersion: number | null,
) {
  if (expectedVersion === null) {
    const [row] = await db
      .insert(projectAnswers)
      .values({ ...values, version: 1 })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(projectAnswers)
    .set({ ...values, version: expectedVersion + 1 })
    .where(
      and(
        eq(projectAnswers.projectId, values.projectId),
        eq(projectAnswers.itemId, values.itemId),
        eq(projectAnswers.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

/** Appends to an answer's history. */
export async function insertAnswerHistory(
  db: Db,
  values: {
    organizationId: string;
    projectId: string;
    itemId: string;
    before: AnswerSnapshot | null;
    after: AnswerSnapshot;
    changedBy: string | null;
    changedAt: Date;
  },
) {
  await db.insert(projectAnswerHistory).values(values);
}

/** A project's answer history, newest first (optionally for one item). */
export function listAnswerHistory(db: Db, projectId: string, itemId?: string) {
  const conditions = [eq(projectAnswerHistory.projectId, projectId)];
  if (itemId) conditions.push(eq(projectAnswerHistory.itemId, itemId));
  return db
    .select()
    .from(projectAnswerHistory)
    .where(and(...conditions))
    .orderBy(desc(projectAnswerHistory.changedAt), desc(projectAnswerHistory.id));
}

/** The waivers of a project. */
export function listWaivers(db: Db, projectId: string) {
  return db
    .select()
    .from(projectWaivers)
    .where(eq(projectWaivers.projectId, projectId))
    .orderBy(projectWaivers.waivedAt);
}

/** Records a waiver; undefined when the item is already waived. */
export async function insertWaiver(db: Db, values: typeof projectWaivers.$inferInsert) {
  const [row] = await db.insert(projectWaivers).values(values).onConflictDoNothing().returning();
  return row;
}
