/** A stored audit as the API shows it: questions from the version it pinned, the change since the last. */
import { compareWithPrevious, countRisks } from '../../../core/safety/compare-audits.js';
import type { Answer, SafetyAudit } from '../../../core/safety/safety-audit.schema.js';
import type { RiskLevel } from '../../../core/safety/safety-site.schema.js';
import {
  answersOf,
  findPreviousAudit,
  type SafetyAnswerRow,
  type SafetyAuditRow,
} from '../../repos/safety-audits.repo.js';
import { listPhotos } from '../../repos/safety-photos.repo.js';
import type { SafetySiteRow } from '../../repos/safety-sites.repo.js';
import { findTemplate } from '../../repos/safety-templates.repo.js';
import { userNames } from '../../repos/users.repo.js';
import type { Context } from '../context.js';
import { presentItems } from './safety-templates.service.js';

const rated = (row: SafetyAnswerRow) => ({
  itemCode: row.itemCode,
  answer: row.answer as Answer,
  risk: row.risk as RiskLevel | null,
  notes: row.notes,
});

/** The audit in full, in the reader's language. */
export async function presentAudit(
  ctx: Context,
  audit: SafetyAuditRow,
  site: SafetySiteRow,
): Promise<SafetyAudit> {
  const [template, previous, photos, names] = await Promise.all([
    findTemplate(ctx.db, audit.organizationId, audit.templateId),
    findPreviousAudit(ctx.db, audit.siteId, audit.auditedOn),
    listPhotos(ctx.db, audit.id),
    userNames(ctx.db, [audit.createdBy]),
  ]);
  const answers = await answersOf(ctx.db, previous ? [audit.id, previous.id] : [audit.id]);
  const current = answers.filter((a) => a.auditId === audit.id).map(rated);
  const before = previous ? answers.filter((a) => a.auditId === previous.id).map(rated) : null;
  const items = new Map(
    (await presentItems(template!.items, ctx.lang, true)).map((item) => [item.code, item]),
  );
  return {
    id: audit.id,
    siteId: site.id,
    siteName: site.name,
    date: audit.auditedOn,
    atNight: audit.atNight,
    notes: audit.notes,
    templateNumber: template!.number,
    auditor: audit.createdBy ? (names.get(audit.createdBy) ?? null) : null,
    previous: previous ? { id: previous.id, date: previous.auditedOn } : null,
    counts: countRisks(current),
    answers: compareWithPrevious(current, before).map((answer) => {
      const item = items.get(answer.itemCode)!;
      return { ...answer, topic: item.topic, topicName: item.topicName, question: item.question };
    }),
    photos: photos.map((p) => ({ ...p, uploadedAt: p.uploadedAt.toISOString() })),
    createdAt: audit.createdAt.toISOString(),
  };
}
