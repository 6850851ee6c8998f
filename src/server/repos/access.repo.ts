/**
 * Reach and baseline aggregates for the meaningful-access analysis and the disaggregated tables:
 * people reached and population by sex × age bracket × disability, over a set of places (a place
 * and everything under it), a project and a period; and the same by place at one admin level.
 */
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../db/database.js';

export interface AccessScope {
  organizationId: string;
  /** Office-scoped callers: only these countries. */
  countries: readonly string[] | null;
  projectId?: string | undefined;
  /** A place and everything under it. */
  locationPcode?: string | undefined;
  periodFrom?: string | undefined;
  periodTo?: string | undefined;
}

export interface CellRow {
  sex: string;
  bracket: string;
  disability: string;
  count: number;
}

/** The scope's places: the chosen one and its descendants (a recursive walk of the gazetteer). */
function placesCte(scope: AccessScope): SQL[] {
  if (!scope.locationPcode) return [];
  return [
    sql`places(pcode) as (
      select pcode from locations where organization_id = ${scope.organizationId} and pcode = ${scope.locationPcode}
      union all
      select l.pcode from locations l join places p on l.parent_pcode = p.pcode
      where l.organization_id = ${scope.organizationId}
    )`,
  ];
}

/** `with recursive a as (…), b as (…)`, or nothing. */
function withClause(ctes: SQL[]): SQL {
  return ctes.length === 0 ? sql`` : sql`with recursive ${sql.join(ctes, sql`, `)}`;
}

function reachWhere(scope: AccessScope, alias = 'r'): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  const parts: SQL[] = [sql`${col('organization_id')} = ${scope.organizationId}`];
  if (scope.countries) parts.push(sql`${col('country')} = any(${sql.param(scope.countries)})`);
  if (scope.projectId) parts.push(sql`${col('project_id')} = ${scope.projectId}`);
  if (scope.locationPcode) parts.push(sql`${col('location_pcode')} in (select pcode from places)`);
  if (scope.periodFrom) parts.push(sql`${col('period_end')} >= ${scope.periodFrom}`);
  if (scope.periodTo) parts.push(sql`${col('period_start')} <= ${scope.periodTo}`);
  return sql.join(parts, sql` and `);
}

/** People reached in the scope, by sex × age bracket × disability. */
export function reachedCells(db: Db, scope: AccessScope): Promise<CellRow[]> {
  return selectRows<CellRow>(
    db,
    sql`${withClause(placesCte(scope))}
      select r.sex, r.age_bracket as bracket, r.disability, sum(r.count)::int as count
      from reach_counts r where ${reachWhere(scope)}
      group by 1, 2, 3 order by 1, 2, 3`,
  );
}

/**
 * The population of the places where the scope reached people: for each such place, its latest
 * baseline dated on or before the end of the period (or its earliest one when none is older).
 */
export function baselineCells(db: Db, scope: AccessScope): Promise<CellRow[]> {
  const asOf = scope.periodTo ?? '9999-12-31';
  const ctes = [
    ...placesCte(scope),
    sql`reached_places as (select distinct r.location_pcode as pcode from reach_counts r where ${reachWhere(scope)})`,
    sql`chosen as (
      select distinct on (b.location_pcode) b.id
      from population_baselines b join reached_places p on p.pcode = b.location_pcode
      where b.organization_id = ${scope.organizationId}
      order by b.location_pcode, (b.reference_date <= ${asOf}) desc,
        case when b.reference_date <= ${asOf} then b.reference_date end desc nulls last,
        b.reference_date asc
    )`,
  ];
  return selectRows<CellRow>(
    db,
    sql`${withClause(ctes)}
      select c.sex, c.age_bracket as bracket, c.disability, sum(c.count)::int as count
      from baseline_counts c join chosen on chosen.id = c.baseline_id
      group by 1, 2, 3 order by 1, 2, 3`,
  );
}

/** Places reached in the scope that have no baseline: the analysis then covers fewer people. */
export async function placesWithoutBaseline(db: Db, scope: AccessScope): Promise<string[]> {
  const ctes = [
    ...placesCte(scope),
    sql`reached_places as (select distinct r.location_pcode as pcode from reach_counts r where ${reachWhere(scope)})`,
  ];
  const rows = await selectRows<{ pcode: string }>(
    db,
    sql`${withClause(ctes)}
      select p.pcode from reached_places p
      where not exists (select 1 from population_baselines b
        where b.organization_id = ${scope.organizationId} and b.location_pcode = p.pcode)
      order by 1 limit 1000`,
  );
  return rows.map((r) => r.pcode);
}

export interface PlaceCellRow extends CellRow {
  place: string;
}

/**
 * People reached by place at one admin level (each reach row counted in its ancestor at that
 * level), by sex × age bracket × disability: the rows of a drill-down table.
 */
export function reachedByPlace(db: Db, scope: AccessScope, level: number): Promise<PlaceCellRow[]> {
  const ctes = [
    ...placesCte(scope),
    sql`ancestry(pcode, ancestor, level) as (
      select pcode, pcode, level from locations
      where organization_id = ${scope.organizationId} and level = ${level}
      union all
      select l.pcode, a.ancestor, l.level from locations l join ancestry a on l.parent_pcode = a.pcode
      where l.organization_id = ${scope.organizationId}
    )`,
  ];
  return selectRows<PlaceCellRow>(
    db,
    sql`${withClause(ctes)}
      select a.ancestor as place, r.sex, r.age_bracket as bracket, r.disability, sum(r.count)::int as count
      from reach_counts r join ancestry a on a.pcode = r.location_pcode
      where ${reachWhere(scope)}
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
  );
}

/** The dimension of a table's columns, as a column of `reach_counts`. */
export type ReachDimension = 'sex' | 'bracket' | 'disability';

/**
 * People reached by place at every level down to `level`, by sex × bracket × disability: a place at
 * `level` counts everything under it; a coarser place only what is recorded at the place itself
 * (the rest is in its children's rows), so adding the children to it gives its row. The scope's
 * place filter is not applied: linked tables are suppressed over the whole hierarchy, and the
 * tables of the three dimensions together (decision 019).
 */
export function reachedInHierarchy(
  db: Db,
  scope: AccessScope,
  level: number,
): Promise<PlaceCellRow[]> {
  const whole = { ...scope, locationPcode: undefined };
  return selectRows<PlaceCellRow>(
    db,
    sql`with recursive ancestry(pcode, ancestor, level) as (
        select pcode, pcode, level from locations
        where organization_id = ${scope.organizationId} and level <= ${level}
        union all
        select l.pcode, a.ancestor, l.level from locations l join ancestry a on l.parent_pcode = a.pcode
        where l.organization_id = ${scope.organizationId} and a.level >= ${level} and l.level > ${level}
      )
      select a.ancestor as place, r.sex, r.age_bracket as bracket, r.disability,
        sum(r.count)::int as count
      from reach_counts r join ancestry a on a.pcode = r.location_pcode
      where ${reachWhere(whole)}
      group by 1, 2, 3, 4`,
  );
}

export interface PlaceInTree {
  pcode: string;
  level: number;
  parent: string | null;
}

/** The places of the gazetteer down to `level`, in the caller's countries, with their parents. */
export function placesDownTo(db: Db, scope: AccessScope, level: number): Promise<PlaceInTree[]> {
  const countries = scope.countries
    ? sql` and country = any(${sql.param(scope.countries)})`
    : sql``;
  return selectRows<PlaceInTree>(
    db,
    sql`select pcode, level, parent_pcode as parent from locations
      where organization_id = ${scope.organizationId} and level <= ${level}${countries}
      order by pcode`,
  );
}
