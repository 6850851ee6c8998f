/** Focal points per area of work and country office: all SQL. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { offices } from '../db/schema.js';
import { focalPoints } from '../db/schema-capacity.js';

export type FocalPointRow = typeof focalPoints.$inferSelect;
export type NewFocalPointRow = typeof focalPoints.$inferInsert;

const COLUMNS = {
  point: focalPoints,
  office: { id: offices.id, code: offices.code, name: offices.name, country: offices.country },
};

/** Focal points within the countries (null: all), by country, office and area. */
export function listFocalPoints(
  db: Db,
  organizationId: string,
  filters: {
    countries: readonly string[] | null;
    country?: string | undefined;
    area?: string | undefined;
  },
) {
  const where: SQL[] = [eq(focalPoints.organizationId, organizationId)];
  if (filters.countries)
    where.push(
      filters.countries.length ? inArray(offices.country, [...filters.countries]) : sql`false`,
    );
  if (filters.country) where.push(eq(offices.country, filters.country));
  if (filters.area) where.push(eq(focalPoints.area, filters.area));
  return db
    .select(COLUMNS)
    .from(focalPoints)
    .innerJoin(offices, eq(offices.id, focalPoints.officeId))
    .where(and(...where))
    .orderBy(asc(offices.country), asc(offices.name), asc(focalPoints.area));
}

/** One focal point with its office. */
export async function findFocalPoint(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select(COLUMNS)
    .from(focalPoints)
    .innerJoin(offices, eq(offices.id, focalPoints.officeId))
    .where(and(eq(focalPoints.organizationId, organizationId), eq(focalPoints.id, id)));
  return row;
}

/** An office of the organisation. */
export async function findOffice(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(offices)
    .where(and(eq(offices.organizationId, organizationId), eq(offices.id, id)));
  return row;
}

/** The focal point of an office and area, if any. */
export async function findFocalPointAt(db: Db, officeId: string, area: string) {
  const [row] = await db
    .select({ id: focalPoints.id })
    .from(focalPoints)
    .where(and(eq(focalPoints.officeId, officeId), eq(focalPoints.area, area)));
  return row;
}

export async function insertFocalPoint(db: Db, values: NewFocalPointRow) {
  const [row] = await db.insert(focalPoints).values(values).returning();
  return row!;
}

/** Replaces a focal point when `version` still matches; undefined on a stale version. */
export async function updateFocalPointIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewFocalPointRow>,
) {
  const [row] = await db
    .update(focalPoints)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(focalPoints.organizationId, organizationId),
        eq(focalPoints.id, id),
        eq(focalPoints.version, version),
      ),
    )
    .returning();
  return row;
}

export async function deleteFocalPoint(db: Db, organizationId: string, id: string) {
  await db
    .delete(focalPoints)
    .where(and(eq(focalPoints.organizationId, organizationId), eq(focalPoints.id, id)));
}
