/** Safety audits and their answers: SQL only. */
import { and, asc, count, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { safetyAnswers, safetyAudits, safetySites } from '../db/schema-safety.js';

export type SafetyAuditRow = typeof safetyAudits.$inferSelect;
export type NewSafetyAuditRow = typeof safetyAudits.$inferInsert;
export type SafetyAnswerRow = typeof safetyAnswers.$inferSelect;

export interface AuditFilters {
  countries: readonly string[] | null;
  siteId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  risk?: string | undefined;
}

export async function insertAudit(db: Db, values: NewSafetyAuditRow) {
  const [row] = await db.insert(safetyAudits).values(values).returning();
  return row!;
}

export async function insertAnswers(db: Db, rows: (typeof safetyAnswers.$inferInsert)[]) {
  if (rows.length) await db.insert(safetyAnswers).values(rows);
}

export async function findAudit(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select({ audit: safetyAudits, site: safetySites })
    .from(safetyAudits)
    .innerJoin(safetySites, eq(safetySites.id, safetyAudits.siteId))
    .where(and(eq(safetyAudits.organizationId, organizationId), eq(safetyAudits.id, id)));
  return row;
}

/** The audit of a site on a date, if any. */
export async function findAuditOn(db: Db, siteId: string, date: string) {
  const [row] = await db
    .select()
    .from(safetyAudits)
    .where(and(eq(safetyAudits.siteId, siteId), eq(safetyAudits.auditedOn, date)));
  return row;
}

/** The latest audit of the site before a date. */
export async function findPreviousAudit(db: Db, siteId: string, date: string) {
  const [row] = await db
    .select()
    .from(safetyAudits)
    .where(and(eq(safetyAudits.siteId, siteId), lt(safetyAudits.auditedOn, date)))
    .orderBy(desc(safetyAudits.auditedOn))
    .limit(1);
  return row;
}

/** The answers of audits, in form order. */
export function answersOf(db: Db, auditIds: readonly string[]) {
  if (auditIds.length === 0) return Promise.resolve([] as SafetyAnswerRow[]);
  return db
    .select()
    .from(safetyAnswers)
    .where(inArray(safetyAnswers.auditId, [...auditIds]))
    .orderBy(asc(safetyAnswers.auditId), asc(safetyAnswers.position));
}

function auditConditions(organizationId: string, f: AuditFilters): SQL[] {
  const conditions: SQL[] = [eq(safetyAudits.organizationId, organizationId)];
  if (f.countries)
    conditions.push(
      f.countries.length ? inArray(safetySites.country, [...f.countries]) : sql`false`,
    );
  if (f.siteId) conditions.push(eq(safetyAudits.siteId, f.siteId));
  if (f.from) conditions.push(gte(safetyAudits.auditedOn, f.from));
  if (f.to) conditions.push(lte(safetyAudits.auditedOn, f.to));
  return conditions;
}

// Qualified by hand: drizzle renders a lone column unqualified, which the subquery would capture.
const RISK_COUNTS = {
  high: sql<number>`(SELECT count(*)::int FROM safety_answers s WHERE s.audit_id = "safety_audits"."id" AND s.risk = 'high')`,
  medium: sql<number>`(SELECT count(*)::int FROM safety_answers s WHERE s.audit_id = "safety_audits"."id" AND s.risk = 'medium')`,
  low: sql<number>`(SELECT count(*)::int FROM safety_answers s WHERE s.audit_id = "safety_audits"."id" AND s.risk = 'low')`,
};

const SORTS = { date: safetyAudits.auditedOn, site: safetySites.name } as const;

/** One page of audits with their risk counts. */
export async function listAudits(
  db: Db,
  organizationId: string,
  filters: AuditFilters,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = and(...auditConditions(organizationId, filters));
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    db
      .select({ audit: safetyAudits, siteName: safetySites.name, ...RISK_COUNTS })
      .from(safetyAudits)
      .innerJoin(safetySites, eq(safetySites.id, safetyAudits.siteId))
      .where(where)
      .orderBy(order, asc(safetyAudits.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db
      .select({ total: count() })
      .from(safetyAudits)
      .innerJoin(safetySites, eq(safetySites.id, safetyAudits.siteId))
      .where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

/** Risk counts of every audit of a site, oldest first. */
export function siteRiskSeries(db: Db, siteId: string) {
  return db
    .select({ auditId: safetyAudits.id, date: safetyAudits.auditedOn, ...RISK_COUNTS })
    .from(safetyAudits)
    .where(eq(safetyAudits.siteId, siteId))
    .orderBy(asc(safetyAudits.auditedOn));
}

/** The latest audit's risk counts of each site. */
export async function latestRiskOfSites(db: Db, siteIds: readonly string[]) {
  if (siteIds.length === 0) return new Map<string, { high: number; medium: number; low: number }>();
  const rows = await db
    .selectDistinctOn([safetyAudits.siteId], { siteId: safetyAudits.siteId, ...RISK_COUNTS })
    .from(safetyAudits)
    .where(inArray(safetyAudits.siteId, [...siteIds]))
    .orderBy(safetyAudits.siteId, desc(safetyAudits.auditedOn));
  return new Map(rows.map(({ siteId, ...counts }) => [siteId, counts]));
}

/** Every rated answer of the audits matching the filters (the findings export). */
export function selectFindings(db: Db, organizationId: string, filters: AuditFilters) {
  const conditions = [
    ...auditConditions(organizationId, filters),
    sql`${safetyAnswers.risk} IS NOT NULL`,
  ];
  if (filters.risk) conditions.push(eq(safetyAnswers.risk, filters.risk));
  return db
    .select({
      siteId: safetySites.id,
      siteName: safetySites.name,
      siteType: safetySites.type,
      country: safetySites.country,
      pcode: safetySites.locationPcode,
      auditId: safetyAudits.id,
      date: safetyAudits.auditedOn,
      templateId: safetyAudits.templateId,
      itemCode: safetyAnswers.itemCode,
      answer: safetyAnswers.answer,
      risk: safetyAnswers.risk,
      notes: safetyAnswers.notes,
    })
    .from(safetyAnswers)
    .innerJoin(safetyAudits, eq(safetyAudits.id, safetyAnswers.auditId))
    .innerJoin(safetySites, eq(safetySites.id, safetyAudits.siteId))
    .where(and(...conditions))
    .orderBy(asc(safetySites.name), asc(safetyAudits.auditedOn), asc(safetyAnswers.position))
    .limit(100_000);
}
