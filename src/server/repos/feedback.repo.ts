import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNull,
  lt,
  ne,
  notInArray,
  or,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { insertMany } from '../db/insert-many.js';
import { feedbackCases, feedbackNotes } from '../db/schema-feedback.js';
import type { ListFeedbackQuery } from '../../core/feedback/feedback.schema.js';

export type FeedbackRow = typeof feedbackCases.$inferSelect;
export type NewFeedbackRow = typeof feedbackCases.$inferInsert;

/**
 * Inserts cases in one statement; returns those inserted. A case whose idempotency key or provider
 * message id is already used is skipped (its caller looks up the earlier one).
 */
export function insertCases(db: Db, values: NewFeedbackRow[]) {
  return insertMany(db, feedbackCases, values, { skipConflicts: true });
}

/** The case logged earlier with this idempotency key. */
export async function findCaseByIdempotencyKey(db: Db, organizationId: string, key: string) {
  const [row] = await db
    .select()
    .from(feedbackCases)
    .where(
      and(eq(feedbackCases.organizationId, organizationId), eq(feedbackCases.idempotencyKey, key)),
    );
  return row;
}

/** The case created from this provider message. */
export async function findCaseBySource(
  db: Db,
  organizationId: string,
  channel: string,
  sourceMessageId: string,
) {
  const [row] = await db
    .select()
    .from(feedbackCases)
    .where(
      and(
        eq(feedbackCases.organizationId, organizationId),
        eq(feedbackCases.channel, channel),
        eq(feedbackCases.sourceMessageId, sourceMessageId),
      ),
    );
  return row;
}

/** One case of an organisation. */
export async function findCase(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(feedbackCases)
    .where(and(eq(feedbackCases.organizationId, organizationId), eq(feedbackCases.id, id)));
  return row;
}

/** The case with this public receipt (any organisation). */
export async function findCaseByReceipt(db: Db, receipt: string) {
  const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.receipt, receipt));
  return row;
}

export interface CaseVisibility {
  /** Include SEA cases (PSEA focal points). */
  sea: boolean;
  countries: readonly string[] | null;
}

/** One page of cases the caller may see. */
export async function listCases(
  db: Db,
  organizationId: string,
  query: ListFeedbackQuery,
  visibility: CaseVisibility,
  now: Date,
) {
  const conditions: SQL[] = [eq(feedbackCases.organizationId, organizationId)];
  if (!visibility.sea) conditions.push(ne(feedbackCases.sensitivity, 'sea'));
  if (visibility.countries) {
    conditions.push(
      or(isNull(feedbackCases.country), inArray(feedbackCases.country, [...visibility.countries]))!,
    );
  }
  if (query.status) conditions.push(eq(feedbackCases.status, query.status));
  if (query.channel) conditions.push(eq(feedbackCases.channel, query.channel));
  if (query.category) conditions.push(eq(feedbackCases.category, query.category));
  if (query.sensitivity) conditions.push(eq(feedbackCases.sensitivity, query.sensitivity));
  if (query.projectId) conditions.push(eq(feedbackCases.projectId, query.projectId));
  if (query.overdue === 'true') {
    conditions.push(notInArray(feedbackCases.status, ['responded', 'closed']));
    conditions.push(
      or(
        and(eq(feedbackCases.status, 'received'), lt(feedbackCases.acknowledgeDue, now)),
        and(ne(feedbackCases.status, 'received'), lt(feedbackCases.respondDue, now)),
      )!,
    );
  }
  const where = and(...conditions);
  const column = query.sort.endsWith('status') ? feedbackCases.status : feedbackCases.receivedAt;
  const order = query.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(feedbackCases)
      .where(where)
      .orderBy(order, asc(feedbackCases.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(feedbackCases).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** Updates a case when `version` still matches. */
export async function updateCaseIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewFeedbackRow>,
) {
  const [row] = await db
    .update(feedbackCases)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(feedbackCases.organizationId, organizationId),
        eq(feedbackCases.id, id),
        eq(feedbackCases.version, version),
      ),
    )
    .returning();
  return row;
}

/** Appends a note to a case. */
export async function insertNote(db: Db, values: typeof feedbackNotes.$inferInsert) {
  await db.insert(feedbackNotes).values(values);
}

/** A case's notes, oldest first. */
export function listNotes(db: Db, caseId: string) {
  return db
    .select()
    .from(feedbackNotes)
    .where(eq(feedbackNotes.caseId, caseId))
    .orderBy(asc(feedbackNotes.at), asc(feedbackNotes.id));
}
