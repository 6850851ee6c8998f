import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { offices, organizations } from '../db/schema.js';

export type OrganizationRow = typeof organizations.$inferSelect;
export type OfficeRow = typeof offices.$inferSelect;

/** Finds an organisation by its short code. */
export async function findOrganizationByCode(db: Db, code: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.code, code));
  return row;
}

/** Finds an organisation by id. */
export async function findOrganizationById(db: Db, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

/** Inserts an organisation. */
export async function insertOrganization(db: Db, values: { code: string; name: string }) {
  const [row] = await db.insert(organizations).values(values).returning();
  return row!;
}

/** Counts organisations (the embedded demo loads only into an empty database). */
export async function countOrganizations(db: Db): Promise<number> {
  return db.$count(organizations);
}

/** Lists an organisation's offices, by code. */
export function listOffices(db: Db, organizationId: string) {
  return db
    .select()
    .from(offices)
    .where(eq(offices.organizationId, organizationId))
    .orderBy(offices.code);
}

/** Inserts an office of an organisation. */
export async function insertOffice(
  db: Db,
  values: { organizationId: string; code: string; name: string; country: string },
) {
  const [row] = await db.insert(offices).values(values).returning();
  return row!;
}
