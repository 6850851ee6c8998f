/** Community committees and their meetings: all SQL of the aggregate. */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { committeeMeetings, committees } from '../db/schema-participation.js';
import { withinPlace } from './consultations.repo.js';

export type CommitteeRow = typeof committees.$inferSelect;
export type NewCommitteeRow = typeof committees.$inferInsert;
export type CommitteeMeetingRow = typeof committeeMeetings.$inferSelect;

export interface CommitteeFilters {
  countries: readonly string[] | null;
  projectId?: string | undefined;
  location?: string | undefined;
  kind?: string | undefined;
}

function conditionsOf(organizationId: string, f: CommitteeFilters): SQL | undefined {
  const c = committees;
  const conditions: SQL[] = [eq(c.organizationId, organizationId)];
  if (f.countries)
    conditions.push(f.countries.length ? inArray(c.country, [...f.countries]) : sql`false`);
  if (f.projectId) conditions.push(eq(c.projectId, f.projectId));
  if (f.location) conditions.push(withinPlace(c.locationPcode, organizationId, f.location));
  if (f.kind) conditions.push(eq(c.kind, f.kind));
  return and(...conditions);
}

const SORTS = { name: committees.name, updatedAt: committees.updatedAt } as const;

/** Every committee matching the filters, sorted, capped (the balance filter is applied in core). */
export function selectCommittees(
  db: Db,
  organizationId: string,
  filters: CommitteeFilters,
  sort: string,
  limit: number,
) {
  const column = SORTS[sort.replace('-', '') as keyof typeof SORTS];
  return db
    .select()
    .from(committees)
    .where(conditionsOf(organizationId, filters))
    .orderBy(sort.startsWith('-') ? desc(column) : asc(column), asc(committees.id))
    .limit(limit);
}

/** One committee of an organisation. */
export async function findCommittee(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(committees)
    .where(and(eq(committees.organizationId, organizationId), eq(committees.id, id)));
  return row;
}

/** The committee recorded under an idempotency key, if any. */
export async function findCommitteeByKey(db: Db, organizationId: string, key: string) {
  const [row] = await db
    .select()
    .from(committees)
    .where(and(eq(committees.organizationId, organizationId), eq(committees.idempotencyKey, key)));
  return row;
}

/** Inserts a committee; undefined when its idempotency key was already used. */
export async function insertCommittee(db: Db, values: NewCommitteeRow) {
  const [row] = await db.insert(committees).values(values).onConflictDoNothing().returning();
  return row;
}

/** Replaces a committee when `version` still matches; undefined on a stale version. */
export async function updateCommitteeIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewCommitteeRow>,
) {
  const [row] = await db
    .update(committees)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(committees.organizationId, organizationId),
        eq(committees.id, id),
        eq(committees.version, version),
      ),
    )
    .returning();
  return row;
}

/** Inserts a meeting record. */
export async function insertMeeting(db: Db, values: typeof committeeMeetings.$inferInsert) {
  const [row] = await db.insert(committeeMeetings).values(values).returning();
  return row!;
}

/** The meetings of a committee, latest first. */
export function meetingsOf(db: Db, organizationId: string, committeeId: string) {
  return db
    .select()
    .from(committeeMeetings)
    .where(
      and(
        eq(committeeMeetings.organizationId, organizationId),
        eq(committeeMeetings.committeeId, committeeId),
      ),
    )
    .orderBy(desc(committeeMeetings.heldOn), desc(committeeMeetings.createdAt));
}

/** The number of meetings of each of these committees. */
export async function meetingCounts(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: committeeMeetings.committeeId, value: count() })
    .from(committeeMeetings)
    .where(
      and(
        eq(committeeMeetings.organizationId, organizationId),
        inArray(committeeMeetings.committeeId, [...ids]),
      ),
    )
    .groupBy(committeeMeetings.committeeId);
  return new Map(rows.map((r) => [r.id, r.value]));
}
