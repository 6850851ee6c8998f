/**
 * Safety audits of sites (DOMAIN.md §7): one per site and date, against the organisation's current
 * template version, which the audit pins. A retry of the same audit returns it; reads are audited.
 */
import crypto from 'node:crypto';
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { checkAuditAnswers } from '../../../core/safety/check-audit-answers.js';
import { countRisks } from '../../../core/safety/compare-audits.js';
import {
  auditEntrySchema,
  type AuditEntry,
  type AuditSummary,
  type ListAuditsQuery,
  type RiskTrend,
  type SafetyAudit,
} from '../../../core/safety/safety-audit.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction } from '../../db/database.js';
import {
  findAuditOn,
  insertAnswers,
  insertAudit,
  listAudits,
  siteRiskSeries,
} from '../../repos/safety-audits.repo.js';
import { userNames } from '../../repos/users.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { countryScope } from '../projects.service.js';
import { presentAudit } from './present-audit.js';
import { actingUser, loadAudit, loadSite, todayOf } from './safety-scope.js';
import { currentTemplate } from './safety-templates.service.js';

/** Records an audit of a site; `created` is false when this was a retry of the same audit. */
export async function createAudit(
  ctx: Context,
  siteId: string,
  request: AuditEntry,
): Promise<{ audit: SafetyAudit; created: boolean }> {
  const site = await loadSite(ctx, 'safety.audit', siteId);
  const entry = auditEntrySchema.parse(request);
  if (entry.date > todayOf(ctx))
    throw new AppError('validation_failed', 'safety.date_in_future', {
      fields: [{ path: 'date', code: 'future' }],
    });
  const template = await currentTemplate(ctx.db, site.organizationId);
  checkAuditAnswers(
    entry,
    template.items.filter((i) => !i.retired).map((i) => i.code),
  );
  const requestHash = crypto.createHash('sha256').update(JSON.stringify(entry)).digest('hex');
  const existing = await findAuditOn(ctx.db, site.id, entry.date);
  if (existing) {
    if (existing.requestHash !== requestHash)
      throw new AppError('conflict', 'safety.audit_exists', {
        fields: [{ path: 'date', code: 'taken' }],
        existingId: existing.id,
      });
    return { audit: await presentAudit(ctx, existing, site), created: false };
  }
  const audit = await inTransaction(ctx.db, async (tx) => {
    const row = await insertAudit(tx, {
      organizationId: site.organizationId,
      siteId: site.id,
      templateId: template.id,
      auditedOn: entry.date,
      atNight: entry.atNight,
      notes: entry.notes ?? null,
      requestHash,
      createdBy: actingUser(ctx),
    });
    await insertAnswers(
      tx,
      entry.answers.map((a, position) => ({
        organizationId: site.organizationId,
        auditId: row.id,
        itemCode: a.itemCode,
        position,
        answer: a.answer,
        risk: a.risk,
        notes: a.notes ?? null,
      })),
    );
    await recordAudit(withDb(ctx, tx), {
      action: 'safety.audit.create',
      targetType: 'safety_audit',
      targetId: row.id,
      details: { siteId: site.id, templateNumber: template.number, ...countRisks(entry.answers) },
    });
    return presentAudit(withDb(ctx, tx), row, site);
  });
  return { audit, created: true };
}

/** One audit in full, with what changed since the previous audit of the site; the read is audited. */
export async function getAudit(ctx: Context, id: string): Promise<SafetyAudit> {
  const { audit, site } = await loadAudit(ctx, 'safety.read', id);
  const presented = await presentAudit(ctx, audit, site);
  await recordAudit(ctx, { action: 'safety.audit.read', targetType: 'safety_audit', targetId: id });
  return presented;
}

/** One page of audits in the actor's countries. */
export async function listAuditsPage(
  ctx: Context,
  query: ListAuditsQuery,
): Promise<Page<AuditSummary>> {
  authorize(ctx.actor, 'safety.read');
  const organizationId = organizationOf(ctx.actor);
  const { page, pageSize, sort, ...filters } = query;
  const result = await listAudits(
    ctx.db,
    organizationId,
    { ...filters, countries: countryScope(ctx.actor) },
    { sort, page, pageSize },
  );
  const names = await userNames(
    ctx.db,
    result.items.map((i) => i.audit.createdBy),
  );
  const items = result.items.map(({ audit, siteName, high, medium, low }) => ({
    id: audit.id,
    siteId: audit.siteId,
    siteName,
    date: audit.auditedOn,
    atNight: audit.atNight,
    counts: { high, medium, low },
    auditor: audit.createdBy ? (names.get(audit.createdBy) ?? null) : null,
  }));
  return { items, total: result.total, page, pageSize };
}

/** A site's high/medium/low counts per audit, oldest first. */
export async function siteRiskTrend(ctx: Context, siteId: string): Promise<RiskTrend> {
  const site = await loadSite(ctx, 'safety.read', siteId);
  const points = await siteRiskSeries(ctx.db, site.id);
  return { siteId: site.id, points };
}
