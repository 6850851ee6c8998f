/** Reach records and their cells: moving staged cells in, form entry, the filtered list. */
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

/** The columns of a reach cell (a view cannot be selected whole). */
const CELL = {
  id: reachCounts.id,
  projectId: reachCounts.projectId,
  locationPcode: reachCounts.locationPcode,
  country: reachCounts.country,
  periodStart: reachCounts.periodStart,
  periodEnd: reachCounts.periodEnd,
  sex: reachCounts.sex,
  ageBracket: reachCounts.ageBracket,
  disability: reachCounts.disability,
  count: reachCounts.count,
  importId: reachCounts.importId,
};

const affected = (result: unknown) => {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
};

/**
 * What to do when a record of the same project × place × period exists: its cells are merged, the
 * new cells replacing the same sex × bracket × disability and the others kept (so an import or a
 * form that gives part of the cells again is idempotent and corrects only what it gives).
 */
const MERGE_CELLS = sql.raw(`on conflict (organization_id, project_id, location_pcode, period_start,
    period_end)
  do update set (sexes, age_brackets, disabilities, counts) = (
    select array_agg(m.sex order by m.sex, m.age_bracket, m.disability),
      array_agg(m.age_bracket order by m.sex, m.age_bracket, m.disability),
      array_agg(m.disability order by m.sex, m.age_bracket, m.disability),
      array_agg(m.count order by m.sex, m.age_bracket, m.disability)
    from (
      select distinct on (u.sex, u.age_bracket, u.disability) u.sex, u.age_bracket, u.disability,
        u.count
      from (
        select e.*, 0 as rank from unnest(excluded.sexes, excluded.age_brackets,
          excluded.disabilities, excluded.counts) e(sex, age_bracket, disability, count)
        union all
        select o.*, 1 from unnest(reach_records.sexes, reach_records.age_brackets,
          reach_records.disabilities, reach_records.counts) o(sex, age_bracket, disability, count)
      ) u
      order by u.sex, u.age_bracket, u.disability, u.rank
    ) m),
    import_id = excluded.import_id, updated_at = now()`);

/**
 * Moves the staged cells of an import into reach records, one per place × period, merged into the
 * records already there; the country comes from the place. Cells given twice in the file are
 * found in the same grouping: then nothing is written and `uniqueCells` is false.
 */
export async function mergeStagedCells(
  db: Db,
  stage: string,
  ids: { organizationId: string; projectId: string; importId: string },
): Promise<{ records: number; uniqueCells: boolean }> {
  const [result] = await selectRows<{ records: number; uniqueCells: boolean | null }>(
    db,
    // The four arrays stay aligned: each staged row is fed to every aggregate of its group in
    // turn. An ORDER BY per aggregate would sort each group four more times.
    sql`with grouped as materialized (
      select s.pcode, s.period_start, s.period_end, array_agg(s.sex) as sexes,
        array_agg(s.age_bracket) as age_brackets, array_agg(s.disability) as disabilities,
        array_agg(s.count) as counts,
        count(*) = count(distinct s.sex || '|' || s.age_bracket || '|' || s.disability) as unique_cells
      from ${sql.identifier(stage)} s
      group by s.pcode, s.period_start, s.period_end
    ), checked as (select coalesce(bool_and(unique_cells), true) as unique_cells from grouped),
    written as (
      insert into reach_records (organization_id, project_id, location_pcode, country, period_start,
        period_end, sexes, age_brackets, disabilities, counts, import_id)
      select ${ids.organizationId}::uuid, ${ids.projectId}::uuid, g.pcode, l.country, g.period_start,
        g.period_end, g.sexes, g.age_brackets, g.disabilities, g.counts, ${ids.importId}::uuid
      from grouped g
      join locations l on l.organization_id = ${ids.organizationId}::uuid and l.pcode = g.pcode
      where (select unique_cells from checked)
      ${MERGE_CELLS}
      returning 1
    )
    select (select count(*) from written)::int as records,
      (select unique_cells from checked) as "uniqueCells"`,
  );
  return { records: result?.records ?? 0, uniqueCells: result?.uniqueCells !== false };
}

/** The tables of an import checked in the database (raw-reach.repo.ts). */
export interface CheckedTables {
  /** The file's separator, which joins the texts of a grouped row. */
  delimiter: string;
  grouped: string;
  layouts: string;
  keyCodes: string;
  layoutCodes: string;
}

/**
 * Writes the records of an import checked in the database: one per grouped row, with the P-code
 * and period the core read from its key and the codes it read from its cell layout, merged into
 * the records already there. Returns the records written.
 */
export async function mergeCheckedRecords(
  db: Db,
  tables: CheckedTables,
  ids: { organizationId: string; projectId: string; importId: string },
): Promise<number> {
  const counts = sql`string_to_array(g.counts, ${tables.delimiter})::integer[]`;
  const [grouped, layouts, keyCodes, layoutCodes] = [
    tables.grouped,
    tables.layouts,
    tables.keyCodes,
    tables.layoutCodes,
  ].map((table) => sql.identifier(table));
  const result = await db.execute(sql`
    insert into reach_records (organization_id, project_id, location_pcode, country, period_start,
      period_end, sexes, age_brackets, disabilities, counts, import_id)
    select ${ids.organizationId}::uuid, ${ids.projectId}::uuid, k.pcode, l.country, k.period_start,
      k.period_end, c.sexes, c.age_brackets, c.disabilities, ${counts}, ${ids.importId}::uuid
    from ${grouped} g
    join ${keyCodes} k on k.id = g.id
    join ${layouts} t on t.cells = g.cells
    join ${layoutCodes} c on c.id = t.id
    join locations l on l.organization_id = ${ids.organizationId}::uuid and l.pcode = k.pcode
    ${MERGE_CELLS}`);
  return affected(result);
}

export interface NewReachRecord {
  organizationId: string;
  projectId: string;
  locationPcode: string;
  country: string;
  periodStart: string;
  periodEnd: string;
  importId: string | null;
  cells: readonly { sex: string; ageBracket: string; disability: string; count: number }[];
}

/** Writes the cells of one record entered by form, merged into the record already there. */
export async function writeReachRecord(db: Db, record: NewReachRecord): Promise<void> {
  const column = <T>(pick: (cell: NewReachRecord['cells'][number]) => T) =>
    sql.param(record.cells.map(pick));
  await db.execute(sql`
    insert into reach_records (organization_id, project_id, location_pcode, country, period_start,
      period_end, sexes, age_brackets, disabilities, counts, import_id)
    values (${record.organizationId}::uuid, ${record.projectId}::uuid, ${record.locationPcode},
      ${record.country}, ${record.periodStart}::date, ${record.periodEnd}::date,
      ${column((c) => c.sex)}::text[], ${column((c) => c.ageBracket)}::text[],
      ${column((c) => c.disability)}::text[], ${column((c) => c.count)}::integer[],
      ${record.importId}::uuid)
    ${MERGE_CELLS}`);
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
      .select({ row: CELL, projectCode: projects.code })
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
    .select({ row: CELL, projectCode: projects.code })
    .from(reachCounts)
    .innerJoin(projects, eq(projects.id, reachCounts.projectId))
    .where(and(...conditions))
    .orderBy(asc(projects.code), asc(reachCounts.locationPcode), asc(reachCounts.periodStart))
    .limit(limit);
}
