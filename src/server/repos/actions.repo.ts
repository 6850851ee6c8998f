import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { projectActions, projects } from '../db/schema-projects.js';
import { users } from '../db/schema.js';

export type ActionRow = typeof projectActions.$inferSelect;

const withNames = {
  action: projectActions,
  projectCode: projects.code,
  projectCountry: projects.country,
  ownerName: users.name,
};

/** Inserts an action. */
export async function insertAction(db: Db, values: typeof projectActions.$inferInsert) {
  const [row] = await db.insert(projectActions).values(values).returning();
  return row!;
}

/** One action of an organisation, with its project code and owner name. */
export async function findAction(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select(withNames)
    .from(projectActions)
    .innerJoin(projects, eq(projects.id, projectActions.projectId))
    .leftJoin(users, eq(users.id, projectActions.ownerId))
    .where(and(eq(projectActions.organizationId, organizationId), eq(projectActions.id, id)));
  return row;
}

/** The actions of a project, due first. */
export function listProjectActions(db: Db, projectId: string) {
  return db
    .select(withNames)
    .from(projectActions)
    .innerJoin(projects, eq(projects.id, projectActions.projectId))
    .leftJoin(users, eq(users.id, projectActions.ownerId))
    .where(eq(projectActions.projectId, projectId))
    .orderBy(sql`${projectActions.dueDate} asc nulls last`, asc(projectActions.createdAt));
}

/** A user's open actions across projects, due first. */
export function listActionsOfOwner(db: Db, organizationId: string, ownerId: string) {
  return db
    .select(withNames)
    .from(projectActions)
    .innerJoin(projects, eq(projects.id, projectActions.projectId))
    .leftJoin(users, eq(users.id, projectActions.ownerId))
    .where(
      and(
        eq(projectActions.organizationId, organizationId),
        eq(projectActions.ownerId, ownerId),
        ne(projectActions.status, 'done'),
      ),
    )
    .orderBy(sql`${projectActions.dueDate} asc nulls last`, asc(projectActions.createdAt));
}

/** Updates an action when `version` still matches. */
export async function updateActionIfVersion(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  changes: Partial<typeof projectActions.$inferInsert>,
) {
  const [row] = await db
    .update(projectActions)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(projectActions.organizationId, organizationId),
        eq(projectActions.id, id),
        eq(projectActions.version, version),
      ),
    )
    .returning();
  return row;
}
