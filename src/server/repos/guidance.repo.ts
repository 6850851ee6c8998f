/** The organisation's guidance entries and edits of shipped ones: all SQL. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { guidanceEntries } from '../db/schema-capacity.js';

export type GuidanceRow = typeof guidanceEntries.$inferSelect;
export type NewGuidanceRow = typeof guidanceEntries.$inferInsert;

/** Every entry of the organisation (the library is small: hundreds, not thousands). */
export function listGuidanceRows(db: Db, organizationId: string) {
  return db
    .select()
    .from(guidanceEntries)
    .where(eq(guidanceEntries.organizationId, organizationId))
    .orderBy(asc(guidanceEntries.createdAt), asc(guidanceEntries.id));
}

export async function findGuidanceRow(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(guidanceEntries)
    .where(and(eq(guidanceEntries.organizationId, organizationId), eq(guidanceEntries.id, id)));
  return row;
}

export async function findGuidanceByCode(db: Db, organizationId: string, code: string) {
  const [row] = await db
    .select()
    .from(guidanceEntries)
    .where(
      and(
        eq(guidanceEntries.organizationId, organizationId),
        eq(guidanceEntries.contentCode, code),
      ),
    );
  return row;
}

export async function insertGuidance(db: Db, values: NewGuidanceRow) {
  const [row] = await db.insert(guidanceEntries).values(values).returning();
  return row!;
}

/** Replaces an entry when `version` still matches; undefined on a stale version. */
export async function updateGuidanceIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewGuidanceRow>,
) {
  const [row] = await db
    .update(guidanceEntries)
    .set({ ...changes, version: sql`${guidanceEntries.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(guidanceEntries.organizationId, organizationId),
        eq(guidanceEntries.id, id),
        eq(guidanceEntries.version, version),
      ),
    )
    .returning();
  return row;
}
