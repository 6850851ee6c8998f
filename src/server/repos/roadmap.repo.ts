/** Protection roadmap milestones: all SQL. */
import { and, asc, count, desc, eq, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { roadmapMilestones } from '../db/schema-capacity.js';

export type MilestoneRow = typeof roadmapMilestones.$inferSelect;
export type NewMilestoneRow = typeof roadmapMilestones.$inferInsert;

export interface MilestoneFilters {
  pillar?: string | undefined;
  status?: string | undefined;
  /** Milestones not done due before this date (YYYY-MM-DD). */
  overdueOn?: string | undefined;
}

function conditions(organizationId: string, f: MilestoneFilters): SQL[] {
  const m = roadmapMilestones;
  const where: SQL[] = [eq(m.organizationId, organizationId)];
  if (f.pillar) where.push(eq(m.pillar, f.pillar));
  if (f.status) where.push(eq(m.status, f.status));
  if (f.overdueOn) where.push(ne(m.status, 'done'), lt(m.dueOn, f.overdueOn));
  return where;
}

const SORTS = {
  dueDate: roadmapMilestones.dueOn,
  pillar: roadmapMilestones.pillar,
  status: roadmapMilestones.status,
} as const;

/** One page of milestones. */
export async function listMilestones(
  db: Db,
  organizationId: string,
  filters: MilestoneFilters,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = and(...conditions(organizationId, filters));
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(roadmapMilestones)
      .where(where)
      .orderBy(order, asc(roadmapMilestones.dueOn), asc(roadmapMilestones.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(roadmapMilestones).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** Every milestone of the organisation (progress and export), by pillar and due date. */
export function selectMilestones(db: Db, organizationId: string) {
  return db
    .select()
    .from(roadmapMilestones)
    .where(eq(roadmapMilestones.organizationId, organizationId))
    .orderBy(
      asc(roadmapMilestones.pillar),
      asc(roadmapMilestones.dueOn),
      asc(roadmapMilestones.id),
    );
}

/** One milestone of an organisation. */
export async function findMilestone(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(roadmapMilestones)
    .where(and(eq(roadmapMilestones.organizationId, organizationId), eq(roadmapMilestones.id, id)));
  return row;
}

/** Inserts a milestone. */
export async function insertMilestone(db: Db, values: NewMilestoneRow) {
  const [row] = await db.insert(roadmapMilestones).values(values).returning();
  return row!;
}

/** Replaces a milestone when `version` still matches; undefined on a stale version. */
export async function updateMilestoneIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewMilestoneRow>,
) {
  const [row] = await db
    .update(roadmapMilestones)
    .set({ ...changes, version: sql`${roadmapMilestones.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(roadmapMilestones.organizationId, organizationId),
        eq(roadmapMilestones.id, id),
        eq(roadmapMilestones.version, version),
      ),
    )
    .returning();
  return row;
}

/** The milestone of a pillar with this title, if any. */
export async function findMilestoneByTitle(
  db: Db,
  organizationId: string,
  pillar: string,
  title: string,
) {
  const [row] = await db
    .select({ id: roadmapMilestones.id })
    .from(roadmapMilestones)
    .where(
      and(
        eq(roadmapMilestones.organizationId, organizationId),
        eq(roadmapMilestones.pillar, pillar),
        eq(roadmapMilestones.title, title),
      ),
    );
  return row;
}
