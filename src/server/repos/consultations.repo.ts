/** Community consultations and the decisions that followed them: all SQL of the aggregate. */
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.js';
import { consultationDecisions, consultations } from '../db/schema-participation.js';
import { projectActions } from '../db/schema-projects.js';

export type ConsultationRow = typeof consultations.$inferSelect;
export type NewConsultationRow = typeof consultations.$inferInsert;
export type DecisionRow = typeof consultationDecisions.$inferSelect;
export type NewDecisionRow = Omit<typeof consultationDecisions.$inferInsert, 'consultationId'>;

export interface ConsultationFilters {
  /** The actor's countries; null for the whole organisation. */
  countries: readonly string[] | null;
  projectId?: string | undefined;
  location?: string | undefined;
  method?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** A place and every place below it in the organisation's hierarchy (the place itself even if unknown). */
export function withinPlace(column: AnyPgColumn, organizationId: string, pcode: string): SQL {
  return sql`${column} IN (
    WITH RECURSIVE below(pcode) AS (
      SELECT ${pcode}::text
      UNION
      SELECT l.pcode FROM locations l JOIN below ON l.parent_pcode = below.pcode
      WHERE l.organization_id = ${organizationId}
    ) SELECT pcode FROM below)`;
}

/** The WHERE conditions of a filter set, always within the organisation and the actor's countries. */
function conditionsOf(organizationId: string, f: ConsultationFilters): SQL | undefined {
  const c = consultations;
  const conditions: SQL[] = [eq(c.organizationId, organizationId)];
  if (f.countries)
    conditions.push(f.countries.length ? inArray(c.country, [...f.countries]) : sql`false`);
  if (f.projectId) conditions.push(eq(c.projectId, f.projectId));
  if (f.location) conditions.push(withinPlace(c.locationPcode, organizationId, f.location));
  if (f.method) conditions.push(eq(c.method, f.method));
  if (f.from) conditions.push(gte(c.heldOn, f.from));
  if (f.to) conditions.push(lte(c.heldOn, f.to));
  return and(...conditions);
}

const SORTS = {
  heldOn: consultations.heldOn,
  participants: consultations.totalParticipants,
} as const;

/** One page of consultations matching the filters. */
export async function listConsultations(
  db: Db,
  organizationId: string,
  filters: ConsultationFilters,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = conditionsOf(organizationId, filters);
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(consultations)
      .where(where)
      .orderBy(order, asc(consultations.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(consultations).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** Every consultation matching the filters (for charts and exports), capped, oldest first. */
export function selectConsultations(
  db: Db,
  organizationId: string,
  filters: ConsultationFilters,
  limit: number,
) {
  return db
    .select()
    .from(consultations)
    .where(conditionsOf(organizationId, filters))
    .orderBy(asc(consultations.heldOn), asc(consultations.id))
    .limit(limit);
}

/** One consultation of an organisation. */
export async function findConsultation(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(consultations)
    .where(and(eq(consultations.organizationId, organizationId), eq(consultations.id, id)));
  return row;
}

/** The consultation recorded under an idempotency key, if any. */
export async function findConsultationByKey(db: Db, organizationId: string, key: string) {
  const [row] = await db
    .select()
    .from(consultations)
    .where(
      and(eq(consultations.organizationId, organizationId), eq(consultations.idempotencyKey, key)),
    );
  return row;
}

/** Inserts a consultation; undefined when its idempotency key was already used. */
export async function insertConsultation(db: Db, values: NewConsultationRow) {
  const [row] = await db.insert(consultations).values(values).onConflictDoNothing().returning();
  return row;
}

/** Replaces a consultation when `version` still matches; undefined on a stale version. */
export async function updateConsultationIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewConsultationRow>,
) {
  const [row] = await db
    .update(consultations)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(consultations.organizationId, organizationId),
        eq(consultations.id, id),
        eq(consultations.version, version),
      ),
    )
    .returning();
  return row;
}

/** Replaces the decisions of a consultation (in the caller's transaction). */
export async function replaceDecisions(
  db: Db,
  consultationId: string,
  decisions: readonly NewDecisionRow[],
) {
  await db
    .delete(consultationDecisions)
    .where(eq(consultationDecisions.consultationId, consultationId));
  if (decisions.length === 0) return [];
  return db
    .insert(consultationDecisions)
    .values(decisions.map((d) => ({ ...d, consultationId })))
    .returning();
}

/** The decisions of these consultations, in their recorded order. */
export function decisionsOf(db: Db, organizationId: string, consultationIds: readonly string[]) {
  if (consultationIds.length === 0) return Promise.resolve([] as DecisionRow[]);
  return db
    .select()
    .from(consultationDecisions)
    .where(
      and(
        eq(consultationDecisions.organizationId, organizationId),
        inArray(consultationDecisions.consultationId, [...consultationIds]),
      ),
    )
    .orderBy(asc(consultationDecisions.consultationId), asc(consultationDecisions.position));
}

/** The organisation's project actions with these ids (title and project), for decision links. */
export function findActionsByIds(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: projectActions.id,
      title: projectActions.title,
      projectId: projectActions.projectId,
    })
    .from(projectActions)
    .where(
      and(eq(projectActions.organizationId, organizationId), inArray(projectActions.id, [...ids])),
    );
}
