/** Risk analyses: all SQL of the aggregate (entries, the latest per place × risk, series). */
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { riskAnalyses } from '../db/schema-strategic.js';

export type RiskAnalysisRow = typeof riskAnalyses.$inferSelect;
export type NewRiskAnalysisRow = typeof riskAnalyses.$inferInsert;

/** The score as the risk equation computes it, in double precision from the stored ratings. */
export const SCORE_SQL = sql<number>`((${riskAnalyses.threat}->>'rating')::float8 * (${riskAnalyses.vulnerability}->>'rating')::float8 / (${riskAnalyses.capacity}->>'rating')::float8)`;

export interface RiskFilters {
  /** The actor's countries; null for the whole organisation. */
  countries: readonly string[] | null;
  country?: string | undefined;
  /** A place and every place below it. */
  location?: string | undefined;
  /** Only places of this admin level. */
  level?: number | undefined;
  risk?: string | undefined;
  /** Scores within a band: min ≤ score < max (≤ max when `includeMax`). */
  score?: { min: number; max: number; includeMax: boolean } | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The place and its descendants in the organisation's hierarchy (the place itself even if unknown). */
function withinPlace(organizationId: string, pcode: string): SQL {
  return sql`${riskAnalyses.locationPcode} IN (
    WITH RECURSIVE below(pcode) AS (
      SELECT ${pcode}::text
      UNION
      SELECT l.pcode FROM locations l JOIN below ON l.parent_pcode = below.pcode
      WHERE l.organization_id = ${organizationId}
    ) SELECT pcode FROM below)`;
}

function scoreWithin(range: NonNullable<RiskFilters['score']>): SQL {
  const upper = range.includeMax ? sql`<=` : sql`<`;
  return sql`${SCORE_SQL} >= ${range.min} AND ${SCORE_SQL} ${upper} ${range.max}`;
}

/** The WHERE conditions of a filter set, always within the organisation and the actor's countries. */
export function riskConditions(organizationId: string, f: RiskFilters): SQL[] {
  const conditions: SQL[] = [eq(riskAnalyses.organizationId, organizationId)];
  if (f.countries)
    conditions.push(
      f.countries.length ? inArray(riskAnalyses.country, [...f.countries]) : sql`false`,
    );
  if (f.country) conditions.push(eq(riskAnalyses.country, f.country));
  if (f.location) conditions.push(withinPlace(organizationId, f.location));
  if (f.level !== undefined)
    conditions.push(
      sql`${riskAnalyses.locationPcode} IN (SELECT pcode FROM locations WHERE organization_id = ${organizationId} AND level = ${f.level})`,
    );
  if (f.risk) conditions.push(eq(riskAnalyses.riskCode, f.risk));
  if (f.score) conditions.push(scoreWithin(f.score));
  if (f.from) conditions.push(gte(riskAnalyses.analysedOn, f.from));
  if (f.to) conditions.push(lte(riskAnalyses.analysedOn, f.to));
  return conditions;
}

const SORTS = {
  date: riskAnalyses.analysedOn,
  score: SCORE_SQL,
  location: riskAnalyses.locationPcode,
  risk: riskAnalyses.riskCode,
} as const;

/** One page of analyses matching the filters. */
export async function listRiskAnalyses(
  db: Db,
  organizationId: string,
  filters: RiskFilters,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = and(...riskConditions(organizationId, filters));
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(riskAnalyses)
      .where(where)
      .orderBy(order, asc(riskAnalyses.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(riskAnalyses).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** The latest analysis of each place × risk matching the filters. */
export function latestPerPlaceAndRisk(db: Db, organizationId: string, filters: RiskFilters) {
  return db
    .selectDistinctOn([riskAnalyses.locationPcode, riskAnalyses.riskCode])
    .from(riskAnalyses)
    .where(and(...riskConditions(organizationId, filters)))
    .orderBy(
      asc(riskAnalyses.locationPcode),
      asc(riskAnalyses.riskCode),
      desc(riskAnalyses.analysedOn),
    );
}

/** Every analysis of one risk in one place, oldest first. */
export function listSeries(db: Db, organizationId: string, pcode: string, riskCode: string) {
  return db
    .select()
    .from(riskAnalyses)
    .where(
      and(
        eq(riskAnalyses.organizationId, organizationId),
        eq(riskAnalyses.locationPcode, pcode),
        eq(riskAnalyses.riskCode, riskCode),
      ),
    )
    .orderBy(asc(riskAnalyses.analysedOn));
}

/** One analysis of an organisation. */
export async function findRiskAnalysis(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(riskAnalyses)
    .where(and(eq(riskAnalyses.organizationId, organizationId), eq(riskAnalyses.id, id)));
  return row;
}

/** The analysis of a place, risk and date, if one was recorded. */
export async function findRiskAnalysisAt(
  db: Db,
  organizationId: string,
  at: { locationPcode: string; riskCode: string; date: string },
) {
  const [row] = await db
    .select({ id: riskAnalyses.id })
    .from(riskAnalyses)
    .where(
      and(
        eq(riskAnalyses.organizationId, organizationId),
        eq(riskAnalyses.locationPcode, at.locationPcode),
        eq(riskAnalyses.riskCode, at.riskCode),
        eq(riskAnalyses.analysedOn, at.date),
      ),
    );
  return row;
}

/** Inserts an analysis. */
export async function insertRiskAnalysis(db: Db, values: NewRiskAnalysisRow) {
  const [row] = await db.insert(riskAnalyses).values(values).returning();
  return row!;
}

/** Replaces an analysis when `version` still matches; undefined on a stale version. */
export async function updateRiskAnalysisIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewRiskAnalysisRow>,
) {
  const [row] = await db
    .update(riskAnalyses)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(riskAnalyses.organizationId, organizationId),
        eq(riskAnalyses.id, id),
        eq(riskAnalyses.version, version),
      ),
    )
    .returning();
  return row;
}
