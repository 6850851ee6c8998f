/** Reading the gazetteer: filtered, searched, sorted pages of places, one place, its ancestors. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ListLocationsQuery } from '../../core/locations/location.schema.js';
import { selectRows, type Db } from '../db/database.js';
import { locations } from '../db/schema-strategic.js';
import { containsPattern, foldSql } from './fold-text.js';
import type { LocationRow } from './locations.repo.js';

export type LocationWithChildren = LocationRow & { childrenCount: number };

/** Who reads: null countries is the whole organisation; `lang` orders names. */
export interface LocationReader {
  organizationId: string;
  countries: readonly string[] | null;
  lang: string;
}

// Qualified by hand: inside the subquery a bare "pcode" would name the child's own column.
const childrenCount = sql<number>`(select count(*)::int from locations c
  where c.organization_id = "locations"."organization_id"
    and c.parent_pcode = "locations"."pcode")`;

function conditions(reader: LocationReader, query: Partial<ListLocationsQuery>): SQL[] {
  const where: SQL[] = [eq(locations.organizationId, reader.organizationId)];
  if (reader.countries) where.push(inArray(locations.country, [...reader.countries, '']));
  if (query.level !== undefined) where.push(eq(locations.level, query.level));
  if (query.parent) where.push(eq(locations.parentPcode, query.parent));
  if (query.country) where.push(eq(locations.country, query.country));
  if (query.q) {
    const pattern = foldSql(sql`${containsPattern(query.q)}`);
    where.push(sql`(${foldSql(sql`${locations.pcode}`)} like ${pattern}
      or exists (select 1 from jsonb_each_text(${locations.names}) n
                  where ${foldSql(sql`n.value`)} like ${pattern}))`);
  }
  return where;
}

/** One page of places with their number of children, and the total that match. */
export async function listLocations(
  db: Db,
  reader: LocationReader,
  query: ListLocationsQuery,
): Promise<{ items: LocationWithChildren[]; total: number }> {
  const where = and(...conditions(reader, query));
  const name = sql`coalesce(${locations.names}->>${reader.lang}, ${locations.names}->>'en', ${locations.pcode})`;
  const order = query.sort === 'name' ? [asc(name), asc(locations.pcode)] : [asc(locations.pcode)];
  const [items, [count]] = await Promise.all([
    db
      .select({ location: locations, childrenCount })
      .from(locations)
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(locations)
      .where(where),
  ]);
  return {
    items: items.map((r) => ({ ...r.location, childrenCount: Number(r.childrenCount) })),
    total: Number(count?.n ?? 0),
  };
}

/** The place with this P-code that the reader may see, with its number of children. */
export async function findLocation(
  db: Db,
  reader: LocationReader,
  pcode: string,
): Promise<LocationWithChildren | undefined> {
  const [row] = await db
    .select({ location: locations, childrenCount })
    .from(locations)
    .where(and(...conditions(reader, {}), eq(locations.pcode, pcode)));
  return row ? { ...row.location, childrenCount: Number(row.childrenCount) } : undefined;
}

/** The ancestors of a place, from the country down to its parent. */
export async function findAncestors(
  db: Db,
  organizationId: string,
  pcode: string,
): Promise<{ pcode: string; level: number; names: Record<string, string> }[]> {
  return selectRows(
    db,
    sql`with recursive up as (
          select parent_pcode as pcode, 1 as depth from locations
           where organization_id = ${organizationId} and pcode = ${pcode}
          union all
          select l.parent_pcode, up.depth + 1 from locations l
            join up on l.pcode = up.pcode
           where l.organization_id = ${organizationId} and up.depth < 10
        )
        select l.pcode, l.level, l.names from up
          join locations l on l.pcode = up.pcode and l.organization_id = ${organizationId}
         order by l.level, l.pcode`,
  );
}
