/** Actions safety audit findings become: SQL only. */
import { and, asc, count, desc, eq, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { safetyActions, safetyAudits, safetySites } from '../db/schema-safety.js';
import { users } from '../db/schema.js';

export type SafetyActionRow = typeof safetyActions.$inferSelect;

export interface ActionFilters {
  countries: readonly string[] | null;
  siteId?: string | undefined;
  ownerId?: string | undefined;
  auditId?: string | undefined;
  status?: string | undefined;
  /** Only (or never) those past due and not done, as of `today`. */
  overdue?: boolean | undefined;
  today: string;
}

const RISK_RANK = sql<number>`CASE ${safetyActions.risk} WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;
const SORTS = {
  due: safetyActions.dueDate,
  risk: RISK_RANK,
  status: safetyActions.status,
} as const;

const ACTION_COLUMNS = {
  action: safetyActions,
  siteName: safetySites.name,
  auditDate: safetyAudits.auditedOn,
  ownerName: users.name,
};

export async function insertSafetyAction(db: Db, values: typeof safetyActions.$inferInsert) {
  const [row] = await db.insert(safetyActions).values(values).onConflictDoNothing().returning();
  return row;
}

function baseQuery(db: Db) {
  return db
    .select(ACTION_COLUMNS)
    .from(safetyActions)
    .innerJoin(safetySites, eq(safetySites.id, safetyActions.siteId))
    .innerJoin(safetyAudits, eq(safetyAudits.id, safetyActions.auditId))
    .leftJoin(users, eq(users.id, safetyActions.ownerId));
}

export async function findSafetyAction(db: Db, organizationId: string, id: string) {
  const [row] = await baseQuery(db).where(
    and(eq(safetyActions.organizationId, organizationId), eq(safetyActions.id, id)),
  );
  return row;
}

/** The action already made of a finding, if any. */
export async function findActionOfFinding(db: Db, auditId: string, itemCode: string) {
  const [row] = await db
    .select({ id: safetyActions.id })
    .from(safetyActions)
    .where(and(eq(safetyActions.auditId, auditId), eq(safetyActions.itemCode, itemCode)));
  return row;
}

function actionConditions(organizationId: string, f: ActionFilters): SQL[] {
  const conditions: SQL[] = [eq(safetyActions.organizationId, organizationId)];
  if (f.countries)
    conditions.push(
      f.countries.length ? inArray(safetySites.country, [...f.countries]) : sql`false`,
    );
  if (f.siteId) conditions.push(eq(safetyActions.siteId, f.siteId));
  if (f.ownerId) conditions.push(eq(safetyActions.ownerId, f.ownerId));
  if (f.auditId) conditions.push(eq(safetyActions.auditId, f.auditId));
  if (f.status) conditions.push(eq(safetyActions.status, f.status));
  const isOverdue = and(ne(safetyActions.status, 'done'), lt(safetyActions.dueDate, f.today))!;
  if (f.overdue === true) conditions.push(isOverdue);
  if (f.overdue === false) conditions.push(sql`NOT (${isOverdue})`);
  return conditions;
}

/** One page of actions. */
export async function listSafetyActions(
  db: Db,
  organizationId: string,
  filters: ActionFilters,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = and(...actionConditions(organizationId, filters));
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    baseQuery(db)
      .where(where)
      .orderBy(order, asc(safetyActions.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db
      .select({ total: count() })
      .from(safetyActions)
      .innerJoin(safetySites, eq(safetySites.id, safetyActions.siteId))
      .where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

/** Open and overdue actions per site. */
export async function actionCountsOfSites(db: Db, siteIds: readonly string[], today: string) {
  if (siteIds.length === 0) return new Map<string, { open: number; overdue: number }>();
  const rows = await db
    .select({
      siteId: safetyActions.siteId,
      open: sql<number>`count(*) FILTER (WHERE ${safetyActions.status} <> 'done')::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${safetyActions.status} <> 'done' AND ${safetyActions.dueDate} < ${today})::int`,
    })
    .from(safetyActions)
    .where(inArray(safetyActions.siteId, [...siteIds]))
    .groupBy(safetyActions.siteId);
  return new Map(rows.map(({ siteId, ...c }) => [siteId, c]));
}

/** Applies changes if the version still matches; returns the row or undefined when stale. */
export async function updateSafetyActionIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Partial<Pick<SafetyActionRow, 'status' | 'ownerId' | 'dueDate'>> & { updatedAt: Date },
) {
  const [row] = await db
    .update(safetyActions)
    .set({ ...changes, version: sql`${safetyActions.version} + 1` })
    .where(and(eq(safetyActions.id, id), eq(safetyActions.version, version)))
    .returning({ id: safetyActions.id });
  return row;
}
