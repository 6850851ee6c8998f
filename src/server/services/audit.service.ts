import { authorize } from '../../core/policy/authorize.js';
import { organizationOf } from '../../core/policy/actor.js';
import type { AuditEntry, ListAuditQuery } from '../../core/audit/audit.schema.js';
import type { Page } from '../../core/shared/pagination.schema.js';
import { AppError } from '../../core/errors.js';
import { insertAudit, listAudit, type AuditRow, type NewAuditRow } from '../repos/audit.repo.js';
import type { Context } from './context.js';

export interface AuditEvent {
  action: string;
  targetType?: string;
  targetId?: string;
  /** Ids, codes and counts only: never names, contacts or narratives. */
  details?: Record<string, unknown>;
  /** Defaults to the actor's organisation. */
  organizationId?: string;
}

/** Appends an event to the audit trail, attributed to the context's actor and origin. */
export async function recordAudit(ctx: Context, event: AuditEvent): Promise<void> {
  await insertAudit(ctx.db, auditRow(ctx, event));
}

/** The audit row of an event, for writers that insert several at once. */
export function auditRow(ctx: Context, event: AuditEvent): NewAuditRow {
  const organizationId = event.organizationId ?? ctx.actor?.organizationId;
  if (!organizationId)
    throw new AppError('internal', 'internal.audit_without_organization', { action: event.action });
  const actor = ctx.actor;
  return {
    organizationId,
    actorKind: actor?.kind ?? 'system',
    actorId: actor?.id ?? null,
    actorLabel: actor?.label ?? 'anonymous',
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    ip: ctx.origin.ip,
    userAgent: ctx.origin.userAgent?.slice(0, 300) ?? null,
    details: event.details ?? {},
  };
}

/** One page of the audit trail of the actor's organisation (admins). */
export async function listAuditEntries(
  ctx: Context,
  query: ListAuditQuery,
): Promise<Page<AuditEntry>> {
  authorize(ctx.actor, 'audit.list');
  const organizationId = organizationOf(ctx.actor);
  const { items, total } = await listAudit(ctx.db, organizationId, query);
  return { items: items.map(toAuditEntry), total, page: query.page, pageSize: query.pageSize };
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: {
      kind: row.actorKind as 'user' | 'token' | 'system',
      id: row.actorId,
      label: row.actorLabel,
    },
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    ip: row.ip,
    userAgent: row.userAgent,
    details: row.details,
  };
}
