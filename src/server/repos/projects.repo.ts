import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { projects, projectTransitions } from '../db/schema-projects.js';
import type { ListProjectsQuery } from '../../core/projects/project.schema.js';

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;

/** Inserts a project. */
export async function insertProject(db: Db, values: NewProjectRow) {
  const [row] = await db.insert(projects).values(values).returning();
  return row!;
}

/** One project of an organisation. */
export async function findProject(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), eq(projects.id, id)));
  return row;
}

/** One project by code within an organisation. */
export async function findProjectByCode(db: Db, organizationId: string, code: string) {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), eq(projects.code, code)));
  return row;
}

/** Updates when `version` still matches; undefined on a stale version. */
export async function updateProjectIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewProjectRow>,
) {
  const [row] = await db
    .update(projects)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(projects.organizationId, organizationId),
        eq(projects.id, id),
        eq(projects.version, version),
      ),
    )
    .returning();
  return row;
}

/** Records a phase change. */
export async function insertTransition(db: Db, values: typeof projectTransitions.$inferInsert) {
  await db.insert(projectTransitions).values(values);
}

const SORT_COLUMNS = {
  code: projects.code,
  title: projects.title,
  updatedAt: projects.updatedAt,
  phase: projects.phase,
} as const;

/** Filters shared by project lists and the portfolio. */
export function projectConditions(
  organizationId: string,
  filters: { country?: string; sector?: string; phase?: string; partner?: string; q?: string },
  countries: readonly string[] | null,
): SQL[] {
  const conditions: SQL[] = [eq(projects.organizationId, organizationId)];
  if (countries)
    conditions.push(countries.length ? inArray(projects.country, [...countries]) : sql`false`);
  if (filters.country) conditions.push(eq(projects.country, filters.country));
  if (filters.sector) conditions.push(arrayContains(projects.sectors, [filters.sector]));
  if (filters.phase) conditions.push(eq(projects.phase, filters.phase));
  if (filters.partner)
    conditions.push(sql`${projects.partners} @> ${JSON.stringify([filters.partner])}::jsonb`);
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(projects.code, pattern), ilike(projects.title, pattern))!);
  }
  return conditions;
}

/** One page of projects within the given countries (null: all of the organisation). */
export async function listProjects(
  db: Db,
  organizationId: string,
  query: ListProjectsQuery,
  countries: readonly string[] | null,
) {
  const where = and(...projectConditions(organizationId, query, countries));
  const descending = query.sort.startsWith('-');
  const column = SORT_COLUMNS[query.sort.replace('-', '') as keyof typeof SORT_COLUMNS];
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(projects)
      .where(where)
      .orderBy(descending ? desc(column) : asc(column), asc(projects.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(projects).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}
