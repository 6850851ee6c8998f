import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { locations } from '../db/schema-strategic.js';

export type LocationRow = typeof locations.$inferSelect;

/** The organisation's places with these P-codes (those that exist), keyed by P-code. */
export async function findLocationsByPcodes(
  db: Db,
  organizationId: string,
  pcodes: readonly string[],
): Promise<Map<string, LocationRow>> {
  const unique = [...new Set(pcodes)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select()
    .from(locations)
    .where(and(eq(locations.organizationId, organizationId), inArray(locations.pcode, unique)));
  return new Map(rows.map((row) => [row.pcode, row]));
}

export type NewLocation = Omit<typeof locations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

const UPSERT_BATCH = 500;

/**
 * Inserts the places, or updates those the organisation already has by P-code: level, parent,
 * country, validity and source are replaced; names are merged per language (the file's win).
 */
export async function upsertLocations(
  db: Db,
  places: readonly NewLocation[],
  onBatch?: (written: number, total: number) => void,
): Promise<void> {
  for (let i = 0; i < places.length; i += UPSERT_BATCH) {
    await db
      .insert(locations)
      .values(places.slice(i, i + UPSERT_BATCH))
      .onConflictDoUpdate({
        target: [locations.organizationId, locations.pcode],
        set: {
          level: sql`excluded.level`,
          parentPcode: sql`excluded.parent_pcode`,
          country: sql`excluded.country`,
          names: sql`${locations.names} || excluded.names`,
          validOn: sql`coalesce(excluded.valid_on, ${locations.validOn})`,
          source: sql`excluded.source`,
          updatedAt: sql`now()`,
        },
      });
    onBatch?.(Math.min(i + UPSERT_BATCH, places.length), places.length);
  }
}

/** The P-codes the organisation has in these countries. */
export async function pcodesOfCountries(
  db: Db,
  organizationId: string,
  countries: readonly string[],
): Promise<string[]> {
  if (countries.length === 0) return [];
  const rows = await db
    .select({ pcode: locations.pcode })
    .from(locations)
    .where(
      and(eq(locations.organizationId, organizationId), inArray(locations.country, [...countries])),
    );
  return rows.map((r) => r.pcode);
}
