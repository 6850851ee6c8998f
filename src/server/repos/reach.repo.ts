/** Reach counts: moving staged cells in, form entry, the filtered list. */
import {
  and,
  asc,
  count as countRows,
  desc,
  eq,
  gte,
  inArray,
  lte,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { ListReachQuery, ReachFilter } from '../../core/reach/reach-entry.schema.js';
import { selectRows, type Db } from '../db/database.js';
import { projects } from '../db/schema-projects.js';
import { reachCounts } from '../db/schema-strategic.js';

export type NewReachCount = typeof reachCounts.$inferInsert;

const CELL_KEY = [
  reachCounts.organizationId,
  reachCounts.projectId,
  reachCounts.locationPcode,
  reachCounts.periodStart,
  reachCounts.periodEnd,
  reachCounts.sex,
  reachCounts.ageBracket,
  reachCounts.disability,
];

const affected = (result: unknown) => {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
};

/**
 * Moves the staged cells of an import into reach_counts; a cell already there is replaced (the
 * import is idempotent). The country comes from the place.
 */
export async function mergeStagedCells(
  db: Db,
  stage: string,
  ids: { organizationId: string; projectId: string; importId: string },
): Promise<number> {
  const result = await db.execute(sql`
    insert into reach_counts (organization_id, project_id, location_pcode, country, period_start,
      period_end, sex, age_bracket, disability, count, import_id)
    select ${ids.organizationId}::uuid, ${ids.projectId}::uuid, s.pcode, l.country, s.period_start,
      s.period_end, s.sex, s.age_bracket, s.disability, s.count, ${ids.importId}::uuid
    from ${sql.identifier(stage)} s
    join locations l on l.organization_id = ${ids.organizationId}::uuid and l.pcode = s.pcode
    on conflict (organization_id, project_id, location_pcode, period_start, period_end, sex,
      age_bracket, disability)
    do update set count = excluded.count, import_id = excluded.import_id`);
  return affected(result);
}

/** Cells staged twice in one file, with their lines. */
export function findDuplicateStagedCells(db: Db, stage: string) {
  return selectRows<{ lines: number[] }>(
    db,
    sql`select array_agg(line order by line) as lines from ${sql.identifier(stage)}
      group by pcode, period_start, period_end, sex, age_bracket, disability
      having count(*) > 1 limit 100`,
  );
}

/** Copies the staged people of an individual-level import into reach_individuals. */
export async function mergeStagedPeople(
  db: Db,
  stage: string,
  ids: { organizationId: string; projectId: string; importId: string },
): Promise<number> {
  const result = await db.execute(sql`
    insert into reach_individuals (organization_id, import_id, project_id, location_pcode,
      reached_on, age, sex, washington_group, disability)
    select ${ids.organizationId}::uuid, ${ids.importId}::uuid, ${ids.projectId}::uuid, pcode,
      reached_on, age, sex, washington_group, disability
    from ${sql.identifier(stage)}`);
  return affected(result);
}

/** Writes cells entered by form, replacing the same cells. */
export async function upsertReachCounts(db: Db, rows: NewReachCount[]) {
  if (rows.length === 0) return;
  await db
    .insert(reachCounts)
    .values(rows)
    .onConflictDoUpdate({
      target: CELL_KEY,
      set: { count: sql`excluded.count`, importId: sql`excluded.import_id` },
    });
}

/** Conditions of a reach filter within an organisation and, when limited, its countries. */
export function reachConditions(
  organizationId: string,
  filter: ReachFilter,
  countries: string[] | null,
): SQL[] {
  const conditions = [eq(reachCounts.organizationId, organizationId)];
  if (countries) conditions.push(inArray(reachCounts.country, countries.length ? countries : ['']));
  if (filter.projectId) conditions.push(eq(reachCounts.projectId, filter.projectId));
  if (filter.locationPcode) conditions.push(eq(reachCounts.locationPcode, filter.locationPcode));
  if (filter.from) conditions.push(gte(reachCounts.periodEnd, filter.from));
  if (filter.to) conditions.push(lte(reachCounts.periodStart, filter.to));
  return conditions;
}

const ORDER = {
  '-periodStart': [desc(reachCounts.periodStart), asc(reachCounts.locationPcode)],
  periodStart: [asc(reachCounts.periodStart), asc(reachCounts.locationPcode)],
  locationPcode: [asc(reachCounts.locationPcode), desc(reachCounts.periodStart)],
  '-count': [desc(reachCounts.count)],
} as const;

/** One page of reach cells with the project code. */
export async function listReachCounts(
  db: Db,
  conditions: SQL[],
  query: Pick<ListReachQuery, 'page' | 'pageSize' | 'sort'>,
) {
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({ row: reachCounts, projectCode: projects.code })
      .from(reachCounts)
      .innerJoin(projects, eq(projects.id, reachCounts.projectId))
      .where(where)
      .orderBy(
        ...ORDER[query.sort],
        asc(reachCounts.sex),
        asc(reachCounts.ageBracket),
        asc(reachCounts.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: countRows() }).from(reachCounts).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Every cell matching, for exports (bounded by the caller). */
export function selectReachCells(db: Db, conditions: SQL[], limit: number) {
  return db
    .select({ row: reachCounts, projectCode: projects.code })
    .from(reachCounts)
    .innerJoin(projects, eq(projects.id, reachCounts.projectId))
    .where(and(...conditions))
    .orderBy(asc(projects.code), asc(reachCounts.locationPcode), asc(reachCounts.periodStart))
    .limit(limit);
}
