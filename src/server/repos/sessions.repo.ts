import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { sessions, users } from '../db/schema.js';

export type SessionRow = typeof sessions.$inferSelect;

/** Stores a new session. */
export async function insertSession(db: Db, values: typeof sessions.$inferInsert) {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

/** The session with this token hash and its user. */
export async function findSessionWithUser(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
}

/** Marks a session as used now (sliding idle timeout). */
export async function touchSession(db: Db, id: string, at: Date) {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

/** Ends one session. */
export async function deleteSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a user (logout everywhere, disablement, role change). */
export async function deleteSessionsOfUser(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions past their absolute or idle expiry. */
export async function deleteExpiredSessions(db: Db, now: Date, idleSince: Date) {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)));
}

/** Counts a user's live sessions (tests and the account page). */
export function countSessionsOfUser(db: Db, organizationId: string, userId: string) {
  return db.$count(
    sessions,
    and(eq(sessions.organizationId, organizationId), eq(sessions.userId, userId)),
  );
}
