/** The service directory: all SQL of services and the places they serve. */
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { directoryServiceAreas, directoryServices } from '../db/schema-services.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ServiceRow = typeof directoryServices.$inferSelect;
export type NewServiceRow = typeof directoryServices.$inferInsert;

export interface ServiceConditions {
  /** The actor's countries; null for the whole organisation. */
  countries: readonly string[] | null;
  q?: string | undefined;
  type?: string | undefined;
  /** Services serving this place or any place above it. */
  place?: string | undefined;
  language?: string | undefined;
  accessibility?: string | undefined;
  free?: boolean | undefined;
  status?: string | undefined;
  /** Only entries never verified or verified before this date (YYYY-MM-DD). */
  staleBefore?: string | undefined;
}

/** The place and every place above it (a service serving admin1 serves its admin2 places). */
function servingPlace(organizationId: string, pcode: string): SQL {
  return sql`${directoryServices.id} IN (
    SELECT a.service_id FROM directory_service_areas a WHERE a.organization_id = ${organizationId}
      AND a.location_pcode IN (
        WITH RECURSIVE above(pcode) AS (
          SELECT ${pcode}::text
          UNION
          SELECT l.parent_pcode FROM locations l JOIN above ON l.pcode = above.pcode
           WHERE l.organization_id = ${organizationId} AND l.parent_pcode IS NOT NULL
        ) SELECT pcode FROM above))`;
}

const has = (
  column: typeof directoryServices.languages | typeof directoryServices.accessibility,
  code: string,
) => sql`${column} @> ${JSON.stringify([code])}::jsonb`;

/** The WHERE conditions of a search, always within the organisation and the actor's countries. */
export function serviceConditions(organizationId: string, f: ServiceConditions): SQL[] {
  const s = directoryServices;
  const where: SQL[] = [eq(s.organizationId, organizationId)];
  if (f.countries)
    where.push(f.countries.length ? inArray(s.country, [...f.countries]) : sql`false`);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(s.name, like), ilike(s.providerName, like), ilike(s.description, like))!);
  }
  if (f.type) where.push(eq(s.type, f.type));
  if (f.place) where.push(servingPlace(organizationId, f.place));
  if (f.language) where.push(has(s.languages, f.language));
  if (f.accessibility) where.push(has(s.accessibility, f.accessibility));
  if (f.free !== undefined) where.push(eq(s.cost, f.free ? 'free' : 'fee'));
  if (f.status) where.push(eq(s.status, f.status));
  if (f.staleBefore) where.push(or(isNull(s.lastVerifiedOn), lt(s.lastVerifiedOn, f.staleBefore))!);
  return where;
}

const SORTS = {
  name: directoryServices.name,
  verified: directoryServices.lastVerifiedOn,
  type: directoryServices.type,
} as const;

/** One page of services matching a search. */
export async function listServices(
  db: Db,
  organizationId: string,
  filters: ServiceConditions,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = and(...serviceConditions(organizationId, filters));
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(directoryServices)
      .where(where)
      .orderBy(order, asc(directoryServices.name), asc(directoryServices.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(directoryServices).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** Every service matching a search (exports, pathways), by type then name. */
export function allServices(db: Db, organizationId: string, filters: ServiceConditions) {
  return db
    .select()
    .from(directoryServices)
    .where(and(...serviceConditions(organizationId, filters)))
    .orderBy(asc(directoryServices.type), asc(directoryServices.name), asc(directoryServices.id));
}

export async function findService(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(directoryServices)
    .where(and(eq(directoryServices.organizationId, organizationId), eq(directoryServices.id, id)));
  return row;
}

/** Services imported with these HSDS ids, or exported under them (their own id). */
export async function findServicesByHsdsIds(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const uuids = ids.filter((i) => UUID.test(i));
  return db
    .select()
    .from(directoryServices)
    .where(
      and(
        eq(directoryServices.organizationId, organizationId),
        uuids.length
          ? or(inArray(directoryServices.hsdsId, ids), inArray(directoryServices.id, uuids))
          : inArray(directoryServices.hsdsId, ids),
      ),
    );
}

export async function insertService(db: Db, values: NewServiceRow) {
  const [row] = await db.insert(directoryServices).values(values).returning();
  return row!;
}

/** Writes a new version when the stored one is still `version`; undefined when it moved on. */
export async function updateServiceIfVersion(
  db: Db,
  id: string,
  version: number,
  values: Partial<NewServiceRow>,
) {
  const [row] = await db
    .update(directoryServices)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(directoryServices.id, id), eq(directoryServices.version, version)))
    .returning();
  return row;
}

/** Replaces the places a service serves. */
export async function replaceAreas(
  db: Db,
  organizationId: string,
  serviceId: string,
  pcodes: readonly string[],
) {
  await db.delete(directoryServiceAreas).where(eq(directoryServiceAreas.serviceId, serviceId));
  await db
    .insert(directoryServiceAreas)
    .values(
      [...new Set(pcodes)].map((locationPcode) => ({ organizationId, serviceId, locationPcode })),
    );
}

/** The P-codes each service serves, keyed by service id. */
export async function areasOf(db: Db, serviceIds: readonly string[]) {
  const byService = new Map<string, string[]>();
  if (serviceIds.length === 0) return byService;
  const rows = await db
    .select()
    .from(directoryServiceAreas)
    .where(inArray(directoryServiceAreas.serviceId, [...serviceIds]))
    .orderBy(asc(directoryServiceAreas.locationPcode));
  for (const row of rows)
    byService.set(row.serviceId, [...(byService.get(row.serviceId) ?? []), row.locationPcode]);
  return byService;
}
