import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { locationCodeChanges, locations } from '../db/schema-strategic.js';

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
          retiredOn: sql`excluded.retired_on`,
          source: sql`excluded.source`,
          updatedAt: sql`now()`,
        },
      });
    onBatch?.(Math.min(i + UPSERT_BATCH, places.length), places.length);
  }
}

export interface StoredPlace {
  pcode: string;
  level: number;
  retiredOn: string | null;
}

/** The places the organisation has in these countries: code, level and retirement only. */
export async function placesOfCountries(
  db: Db,
  organizationId: string,
  countries: readonly string[],
): Promise<StoredPlace[]> {
  if (countries.length === 0) return [];
  return db
    .select({ pcode: locations.pcode, level: locations.level, retiredOn: locations.retiredOn })
    .from(locations)
    .where(
      and(eq(locations.organizationId, organizationId), inArray(locations.country, [...countries])),
    );
}

/** Marks places as retired on a date (a newer gazetteer no longer has them). */
export async function retireLocations(
  db: Db,
  organizationId: string,
  pcodes: readonly string[],
  on: string,
): Promise<void> {
  for (let i = 0; i < pcodes.length; i += UPSERT_BATCH)
    await db
      .update(locations)
      .set({ retiredOn: on, updatedAt: sql`now()` })
      .where(
        and(
          eq(locations.organizationId, organizationId),
          inArray(locations.pcode, pcodes.slice(i, i + UPSERT_BATCH)),
        ),
      );
}

export type CodeChange = typeof locationCodeChanges.$inferInsert;

/** Records P-code changes; a change already known keeps its first date. */
export async function recordCodeChanges(db: Db, changes: readonly CodeChange[]): Promise<void> {
  for (let i = 0; i < changes.length; i += UPSERT_BATCH)
    await db
      .insert(locationCodeChanges)
      .values(changes.slice(i, i + UPSERT_BATCH))
      .onConflictDoNothing();
}

/** The current codes of old P-codes, keyed by old code. */
export async function newCodesOf(
  db: Db,
  organizationId: string,
  oldPcodes: readonly string[],
): Promise<Map<string, string[]>> {
  if (oldPcodes.length === 0) return new Map();
  const rows = await db
    .select({ oldPcode: locationCodeChanges.oldPcode, newPcode: locationCodeChanges.newPcode })
    .from(locationCodeChanges)
    .where(
      and(
        eq(locationCodeChanges.organizationId, organizationId),
        inArray(locationCodeChanges.oldPcode, [...new Set(oldPcodes)]),
      ),
    )
    .orderBy(locationCodeChanges.newPcode);
  const found = new Map<string, string[]>();
  for (const row of rows)
    found.set(row.oldPcode, [...(found.get(row.oldPcode) ?? []), row.newPcode]);
  return found;
}

/** The old P-codes of a place, from the code changes gazetteers recorded. */
export async function oldCodesOf(db: Db, organizationId: string, pcode: string): Promise<string[]> {
  const rows = await db
    .select({ oldPcode: locationCodeChanges.oldPcode })
    .from(locationCodeChanges)
    .where(
      and(
        eq(locationCodeChanges.organizationId, organizationId),
        eq(locationCodeChanges.newPcode, pcode),
      ),
    )
    .orderBy(locationCodeChanges.oldPcode);
  return rows.map((r) => r.oldPcode);
}
