/** Sites audited for safety: SQL only (with each site's latest audit and its open actions). */
import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { safetySites } from '../db/schema-safety.js';

export type SafetySiteRow = typeof safetySites.$inferSelect;
export type NewSafetySiteRow = typeof safetySites.$inferInsert;

export interface SiteFilters {
  countries: readonly string[] | null;
  q?: string | undefined;
  type?: string | undefined;
  country?: string | undefined;
  projectId?: string | undefined;
}

// Qualified by hand: drizzle renders a lone column unqualified, which the subquery would capture.
const LAST_AUDITED = sql<
  string | null
>`(SELECT max(a.audited_on)::text FROM safety_audits a WHERE a.site_id = "safety_sites"."id")`;

const SORTS = {
  name: safetySites.name,
  type: safetySites.type,
  lastAudited: LAST_AUDITED,
} as const;

export async function insertSite(db: Db, values: NewSafetySiteRow) {
  const [row] = await db.insert(safetySites).values(values).returning();
  return row!;
}

export async function findSite(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(safetySites)
    .where(and(eq(safetySites.organizationId, organizationId), eq(safetySites.id, id)));
  return row;
}

/** The site with this name at this place, if any. */
export async function findSiteNamed(db: Db, organizationId: string, pcode: string, name: string) {
  const [row] = await db
    .select({ id: safetySites.id })
    .from(safetySites)
    .where(
      and(
        eq(safetySites.organizationId, organizationId),
        eq(safetySites.locationPcode, pcode),
        sql`lower(${safetySites.name}) = lower(${name})`,
      ),
    );
  return row;
}

function siteConditions(organizationId: string, f: SiteFilters): SQL[] {
  const conditions: SQL[] = [eq(safetySites.organizationId, organizationId)];
  if (f.countries)
    conditions.push(
      f.countries.length ? inArray(safetySites.country, [...f.countries]) : sql`false`,
    );
  if (f.q) conditions.push(ilike(safetySites.name, `%${f.q.replace(/[\\%_]/g, '\\$&')}%`));
  if (f.type) conditions.push(eq(safetySites.type, f.type));
  if (f.country) conditions.push(eq(safetySites.country, f.country));
  if (f.projectId) conditions.push(eq(safetySites.projectId, f.projectId));
  return conditions;
}

/** One page of sites with the date of their latest audit. */
export async function listSites(
  db: Db,
  organizationId: string,
  filters: SiteFilters,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = and(...siteConditions(organizationId, filters));
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    db
      .select({ site: safetySites, lastAuditedOn: LAST_AUDITED })
      .from(safetySites)
      .where(where)
      .orderBy(sql`${order} NULLS LAST`, asc(safetySites.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(safetySites).where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}
