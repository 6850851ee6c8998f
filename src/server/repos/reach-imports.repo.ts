/** Reach import records: created before the file is read, progress while it streams, outcome. */
import { and, eq, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { projects } from '../db/schema-projects.js';
import { reachImports } from '../db/schema-strategic.js';

export type ReachImportRow = typeof reachImports.$inferSelect;

/** Records a running import. */
export async function insertReachImport(db: Db, values: typeof reachImports.$inferInsert) {
  const [row] = await db.insert(reachImports).values(values).returning();
  return row!;
}

/** The import, if it is the organisation's. */
export async function findReachImport(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(reachImports)
    .where(and(eq(reachImports.organizationId, organizationId), eq(reachImports.id, id)));
  return row;
}

/** Rows read so far (written while the import streams). */
export async function updateImportProgress(db: Db, id: string, rowsRead: number) {
  await db
    .update(reachImports)
    .set({ rowsRead })
    .where(and(eq(reachImports.id, id), eq(reachImports.status, 'running')));
}

/** The outcome: committed with the cells written, or failed with the problems found. */
export async function finishReachImport(
  db: Db,
  id: string,
  outcome: {
    status: 'committed' | 'failed';
    rowsRead: number;
    rowsWritten: number;
    problems: unknown[];
  },
) {
  await db
    .update(reachImports)
    .set({ ...outcome, finishedAt: sql`now()` })
    .where(eq(reachImports.id, id));
}

/** Marks failed the imports still `running` that no live process is running (a crash). */
export async function failStaleImports(
  db: Db,
  organizationId: string,
  startedBefore: Date,
  liveIds: readonly string[],
) {
  const conditions = [
    eq(reachImports.organizationId, organizationId),
    eq(reachImports.status, 'running'),
    lt(reachImports.startedAt, startedBefore),
  ];
  if (liveIds.length > 0) conditions.push(notInArray(reachImports.id, [...liveIds]));
  return db
    .update(reachImports)
    .set({
      status: 'failed',
      finishedAt: sql`now()`,
      problems: [{ line: 0, field: 'import', code: 'interrupted' }],
    })
    .where(and(...conditions))
    .returning({ id: reachImports.id });
}

/** Projects with a code, in every organisation (the CLI names a project by code). */
export function findProjectsByCode(db: Db, code: string) {
  return db
    .select({ id: projects.id, organizationId: projects.organizationId })
    .from(projects)
    .where(eq(projects.code, code));
}
