import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  ilike,
  inArray,
  isNull,
  not,
  notInArray,
  or,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { offices, userOffices, users } from '../db/schema.js';
import type { ListUsersQuery } from '../../core/users/user.schema.js';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

/** Finds a user by email (emails are unique across organisations: sign-in names no organisation). */
export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

/** Finds a user by id within an organisation. */
export async function findUser(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.id, id)));
  return row;
}

/** Inserts a user and their office scope. */
export async function insertUser(db: Db, values: NewUserRow, officeIds: readonly string[]) {
  const [row] = await db.insert(users).values(values).returning();
  await replaceUserOffices(db, row!.organizationId, row!.id, officeIds);
  return row!;
}

/** Updates a user when `version` still matches; returns undefined on a stale version. */
export async function updateUserIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<NewUserRow>,
) {
  const [row] = await db
    .update(users)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(eq(users.organizationId, organizationId), eq(users.id, id), eq(users.version, version)),
    )
    .returning();
  return row;
}

/** Sets fields that carry no edit conflict (last login, second factor). */
export async function patchUser(db: Db, id: string, changes: Partial<NewUserRow>) {
  await db.update(users).set(changes).where(eq(users.id, id));
}

/** Replaces the offices a user is scoped to (empty: the whole organisation). */
export async function replaceUserOffices(
  db: Db,
  organizationId: string,
  userId: string,
  officeIds: readonly string[],
) {
  await db.delete(userOffices).where(eq(userOffices.userId, userId));
  if (officeIds.length === 0) return;
  await db
    .insert(userOffices)
    .values(officeIds.map((officeId) => ({ organizationId, userId, officeId })));
}

/** The offices of several users, grouped by user id. */
export async function officesOfUsers(db: Db, userIds: readonly string[]) {
  const byUser = new Map<string, (typeof offices.$inferSelect)[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({ userId: userOffices.userId, office: offices })
    .from(userOffices)
    .innerJoin(offices, eq(offices.id, userOffices.officeId))
    .where(inArray(userOffices.userId, [...userIds]))
    .orderBy(offices.code);
  for (const { userId, office } of rows)
    byUser.set(userId, [...(byUser.get(userId) ?? []), office]);
  return byUser;
}

const SORT_COLUMNS = {
  email: users.email,
  name: users.name,
  role: users.role,
  createdAt: users.createdAt,
} as const;

/**
 * One page of an organisation's users, filtered and sorted by allow-listed columns. With
 * `withinOfficeIds`, only users scoped to some of those offices and to no other office.
 */
export async function listUsers(
  db: Db,
  organizationId: string,
  query: ListUsersQuery,
  withinOfficeIds: readonly string[] | null = null,
) {
  const conditions: SQL[] = [eq(users.organizationId, organizationId)];
  if (withinOfficeIds) conditions.push(...officeScopeConditions(db, withinOfficeIds));
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.name, pattern))!);
  }
  const where = and(...conditions);
  const descending = query.sort.startsWith('-');
  const column = SORT_COLUMNS[query.sort.replace('-', '') as keyof typeof SORT_COLUMNS];
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(descending ? desc(column) : asc(column), asc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(users).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

function officeScopeConditions(db: Db, officeIds: readonly string[]): SQL[] {
  const ofUser = (extra?: SQL) =>
    db
      .select({ one: userOffices.userId })
      .from(userOffices)
      .where(and(eq(userOffices.userId, users.id), extra));
  return [
    exists(ofUser()),
    not(
      exists(
        ofUser(officeIds.length > 0 ? notInArray(userOffices.officeId, [...officeIds]) : undefined),
      ),
    ),
  ];
}

/** Display names of users by id (for "answered by" and owners). */
export async function userNames(db: Db, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The active staff of an organisation, by name (owner pickers). */
export function listDirectory(db: Db, organizationId: string) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), isNull(users.disabledAt)))
    .orderBy(asc(users.name));
}
