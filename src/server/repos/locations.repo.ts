import { and, eq, inArray } from 'drizzle-orm';
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
