/** Safety audit template versions of an organisation: SQL only. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { safetyTemplates } from '../db/schema-safety.js';

export type SafetyTemplateRow = typeof safetyTemplates.$inferSelect;
export type NewSafetyTemplateRow = typeof safetyTemplates.$inferInsert;

/** The organisation's highest template version, if it has one. */
export async function findLatestTemplate(db: Db, organizationId: string) {
  const [row] = await db
    .select()
    .from(safetyTemplates)
    .where(eq(safetyTemplates.organizationId, organizationId))
    .orderBy(desc(safetyTemplates.number))
    .limit(1);
  return row;
}

/** One template version of the organisation. */
export async function findTemplate(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(safetyTemplates)
    .where(and(eq(safetyTemplates.organizationId, organizationId), eq(safetyTemplates.id, id)));
  return row;
}

/** Inserts a version unless its number is taken (a concurrent edit); returns it or undefined. */
export async function insertTemplateIfFree(db: Db, values: NewSafetyTemplateRow) {
  const [row] = await db.insert(safetyTemplates).values(values).onConflictDoNothing().returning();
  return row;
}
