/** Training sessions, their participant counts and trainees, and project staff lists: all SQL. */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { users } from '../db/schema.js';
import { projects } from '../db/schema-projects.js';
import { projectConditions } from './projects.repo.js';
import {
  projectStaff,
  trainingParticipantCounts,
  trainingSessions,
  trainingTrainees,
} from '../db/schema-capacity.js';

export type TrainingSessionRow = typeof trainingSessions.$inferSelect;
export type NewTrainingSessionRow = typeof trainingSessions.$inferInsert;
export type ParticipantCountRow = typeof trainingParticipantCounts.$inferSelect;

export interface TrainingFilters {
  /** The actor's countries; null for the whole organisation. */
  countries: readonly string[] | null;
  topic?: string | undefined;
  projectId?: string | undefined;
  country?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** WHERE conditions of a filter set, always within the organisation and the actor's countries. */
export function trainingConditions(organizationId: string, f: TrainingFilters): SQL[] {
  const t = trainingSessions;
  const conditions: SQL[] = [eq(t.organizationId, organizationId)];
  if (f.countries)
    conditions.push(f.countries.length ? inArray(t.country, [...f.countries]) : sql`false`);
  if (f.topic) conditions.push(eq(t.topic, f.topic));
  if (f.projectId) conditions.push(eq(t.projectId, f.projectId));
  if (f.country) conditions.push(eq(t.country, f.country));
  if (f.from) conditions.push(gte(t.heldOn, f.from));
  if (f.to) conditions.push(lte(t.heldOn, f.to));
  return conditions;
}

const SORTS = { date: trainingSessions.heldOn, topic: trainingSessions.topic } as const;

/** One page of sessions matching the filters. */
export async function listTrainingSessions(
  db: Db,
  organizationId: string,
  filters: TrainingFilters,
  page: { sort: string; page: number; pageSize: number },
) {
  const where = and(...trainingConditions(organizationId, filters));
  const column = SORTS[page.sort.replace('-', '') as keyof typeof SORTS];
  const order = page.sort.startsWith('-') ? desc(column) : asc(column);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(trainingSessions)
      .where(where)
      .orderBy(order, asc(trainingSessions.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(trainingSessions).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** Every session matching the filters (exports), oldest first. */
export function selectTrainingSessions(db: Db, organizationId: string, filters: TrainingFilters) {
  return db
    .select()
    .from(trainingSessions)
    .where(and(...trainingConditions(organizationId, filters)))
    .orderBy(asc(trainingSessions.heldOn), asc(trainingSessions.id));
}

/** One session of an organisation. */
export async function findTrainingSession(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.organizationId, organizationId), eq(trainingSessions.id, id)));
  return row;
}

/** The session first recorded under a client's retry key. */
export async function findTrainingByKey(db: Db, organizationId: string, key: string) {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.organizationId, organizationId),
        eq(trainingSessions.idempotencyKey, key),
      ),
    );
  return row;
}

/** The participant counts of sessions, keyed by session id. */
export async function countsOfSessions(db: Db, organizationId: string, ids: readonly string[]) {
  const rows = ids.length
    ? await db
        .select()
        .from(trainingParticipantCounts)
        .where(
          and(
            eq(trainingParticipantCounts.organizationId, organizationId),
            inArray(trainingParticipantCounts.sessionId, [...ids]),
          ),
        )
    : [];
  const bySession = new Map<string, ParticipantCountRow[]>();
  for (const row of rows)
    bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), row]);
  return bySession;
}

/** The named trainees of sessions (id and name), keyed by session id. */
export async function traineesOfSessions(db: Db, organizationId: string, ids: readonly string[]) {
  const rows = ids.length
    ? await db
        .select({ sessionId: trainingTrainees.sessionId, id: users.id, name: users.name })
        .from(trainingTrainees)
        .innerJoin(users, eq(users.id, trainingTrainees.userId))
        .where(
          and(
            eq(trainingTrainees.organizationId, organizationId),
            inArray(trainingTrainees.sessionId, [...ids]),
          ),
        )
        .orderBy(asc(users.name))
    : [];
  const bySession = new Map<string, { id: string; name: string }[]>();
  for (const { sessionId, ...person } of rows)
    bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), person]);
  return bySession;
}

/** Inserts a session with its counts and trainees. */
export async function insertTrainingSession(
  db: Db,
  values: NewTrainingSessionRow,
  counts: { participantType: string; sex: string; count: number }[],
  traineeIds: readonly string[],
) {
  const [row] = await db.insert(trainingSessions).values(values).returning();
  await replaceParticipants(db, row!, counts, traineeIds);
  return row!;
}

/** Replaces the counts and trainees of a session. */
export async function replaceParticipants(
  db: Db,
  session: Pick<TrainingSessionRow, 'id' | 'organizationId'>,
  counts: { participantType: string; sex: string; count: number }[],
  traineeIds: readonly string[],
) {
  const base = { organizationId: session.organizationId, sessionId: session.id };
  await db
    .delete(trainingParticipantCounts)
    .where(eq(trainingParticipantCounts.sessionId, session.id));
  await db.delete(trainingTrainees).where(eq(trainingTrainees.sessionId, session.id));
  if (counts.length)
    await db.insert(trainingParticipantCounts).values(counts.map((c) => ({ ...base, ...c })));
  if (traineeIds.length)
    await db.insert(trainingTrainees).values(traineeIds.map((userId) => ({ ...base, userId })));
}

/** Replaces a session's columns when `version` still matches; undefined on a stale version. */
export async function updateTrainingIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewTrainingSessionRow>,
) {
  const [row] = await db
    .update(trainingSessions)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(trainingSessions.organizationId, organizationId),
        eq(trainingSessions.id, id),
        eq(trainingSessions.version, version),
      ),
    )
    .returning();
  return row;
}

/** The active users of the organisation among these ids. */
export function findActiveUsers(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.organizationId, organizationId),
        inArray(users.id, [...ids]),
        isNull(users.disabledAt),
      ),
    );
}

/** Every active user of the organisation, by name (who can be named as trainee or staff). */
export function listActiveUsers(db: Db, organizationId: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), isNull(users.disabledAt)))
    .orderBy(asc(users.name), asc(users.id));
}

/** The staff of projects: project id → user ids. */
export async function staffOfProjects(
  db: Db,
  organizationId: string,
  projectIds: readonly string[],
) {
  const rows = projectIds.length
    ? await db
        .select({ projectId: projectStaff.projectId, userId: projectStaff.userId })
        .from(projectStaff)
        .where(
          and(
            eq(projectStaff.organizationId, organizationId),
            inArray(projectStaff.projectId, [...projectIds]),
          ),
        )
    : [];
  const byProject = new Map<string, string[]>(projectIds.map((id) => [id, []]));
  for (const r of rows) byProject.get(r.projectId)?.push(r.userId);
  return byProject;
}

/** Replaces the staff list of a project. */
export async function replaceProjectStaff(
  db: Db,
  organizationId: string,
  projectId: string,
  userIds: readonly string[],
) {
  await db.delete(projectStaff).where(eq(projectStaff.projectId, projectId));
  if (userIds.length)
    await db
      .insert(projectStaff)
      .values(userIds.map((userId) => ({ organizationId, projectId, userId })));
}

/** Per topic, the users who attended at least one session on it (any country, any project). */
export async function trainedUsersByTopic(
  db: Db,
  organizationId: string,
  userIds: readonly string[],
) {
  if (userIds.length === 0) return [];
  return db
    .selectDistinct({ topic: trainingSessions.topic, userId: trainingTrainees.userId })
    .from(trainingTrainees)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingTrainees.sessionId))
    .where(
      and(
        eq(trainingTrainees.organizationId, organizationId),
        inArray(trainingTrainees.userId, [...userIds]),
      ),
    );
}

/** One page of the projects within the countries (null: all), by code, with the total. */
export async function projectsPage(
  db: Db,
  organizationId: string,
  countries: readonly string[] | null,
  page: { page: number; pageSize: number; projectId?: string | undefined },
) {
  const conditions = projectConditions(organizationId, {}, countries);
  if (page.projectId) conditions.push(eq(projects.id, page.projectId));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: projects.id,
        code: projects.code,
        title: projects.title,
        country: projects.country,
      })
      .from(projects)
      .where(where)
      .orderBy(asc(projects.code), asc(projects.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(projects).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}
