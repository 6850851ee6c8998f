import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { auditLog } from '../db/schema.js';
import type { ListAuditQuery } from '../../core/audit/audit.schema.js';

export type AuditRow = typeof auditLog.$inferSelect;

export type NewAuditRow = typeof auditLog.$inferInsert;

/** Appends entries to the audit trail (the table refuses updates and deletes). */
export async function insertAudit(db: Db, values: NewAuditRow | NewAuditRow[]) {
  if (Array.isArray(values) && values.length === 0) return;
  await db.insert(auditLog).values(values as NewAuditRow[]);
}

/** One page of an organisation's audit trail, newest first. */
export async function listAudit(db: Db, organizationId: string, query: ListAuditQuery) {
  const conditions: SQL[] = [eq(auditLog.organizationId, organizationId)];
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.actorId) conditions.push(eq(auditLog.actorId, query.actorId));
  if (query.targetId) conditions.push(eq(auditLog.targetId, query.targetId));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(auditLog).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}
