import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { checklistItems, checklistVersions, type ItemTexts } from '../db/schema-projects.js';

export type ChecklistVersionRow = typeof checklistVersions.$inferSelect;
export type ChecklistItemRow = typeof checklistItems.$inferSelect;

export interface NewChecklistItem {
  itemId: string;
  principle: string;
  phase: string;
  sector: string | null;
  mandatory: boolean;
  evidenceRequired: boolean;
  custom: boolean;
  texts: ItemTexts;
}

/** The versions an organisation has, newest publication first. */
export function listChecklistVersions(db: Db, organizationId: string) {
  return db
    .select()
    .from(checklistVersions)
    .where(eq(checklistVersions.organizationId, organizationId))
    .orderBy(desc(checklistVersions.publishedAt), desc(checklistVersions.version));
}

/** One version of an organisation by its label. */
export async function findChecklistVersion(db: Db, organizationId: string, version: string) {
  const [row] = await db
    .select()
    .from(checklistVersions)
    .where(
      and(
        eq(checklistVersions.organizationId, organizationId),
        eq(checklistVersions.version, version),
      ),
    );
  return row;
}

/** One version by id. */
export async function findChecklistVersionById(db: Db, id: string) {
  const [row] = await db.select().from(checklistVersions).where(eq(checklistVersions.id, id));
  return row;
}

/** Stores a version and its items in order. */
export async function insertChecklistVersion(
  db: Db,
  values: { organizationId: string; version: string; publishedBy: string | null },
  items: readonly NewChecklistItem[],
) {
  const [version] = await db.insert(checklistVersions).values(values).returning();
  await insertChecklistItems(db, version!, items, 0);
  return version!;
}

/** Appends items to a version, numbering them from `firstPosition`. */
export async function insertChecklistItems(
  db: Db,
  version: ChecklistVersionRow,
  items: readonly NewChecklistItem[],
  firstPosition: number,
) {
  if (items.length === 0) return;
  await db.insert(checklistItems).values(
    items.map((item, index) => ({
      ...item,
      organizationId: version.organizationId,
      versionId: version.id,
      position: firstPosition + index,
    })),
  );
}

/** The items of a version in their order. */
export function listChecklistItems(db: Db, versionId: string) {
  return db
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.versionId, versionId))
    .orderBy(asc(checklistItems.position));
}
