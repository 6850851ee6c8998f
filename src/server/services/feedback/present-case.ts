/** A case as the caller may see it: narrative and contact only for the roles that need them. */
import type { Actor } from '../../../core/policy/actor.js';
import { canReadContact, canReadNarrative } from '../../../core/feedback/lane.js';
import type { FeedbackCase, Sensitivity } from '../../../core/feedback/feedback.schema.js';
import type { FeedbackRow } from '../../repos/feedback.repo.js';
import type { FieldCipher } from '../../security/secrets.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Presents a row for an actor, decrypting only what the actor may read. */
export function presentCase(row: FeedbackRow, actor: Actor, cipher: FieldCipher): FeedbackCase {
  const sensitivity = row.sensitivity as Sensitivity;
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel as FeedbackCase['channel'],
    receivedAt: row.receivedAt.toISOString(),
    language: row.language as FeedbackCase['language'],
    category: row.category as FeedbackCase['category'],
    sensitivity,
    urgency: row.urgency as FeedbackCase['urgency'],
    status: row.status as FeedbackCase['status'],
    projectId: row.projectId,
    sector: row.sector,
    country: row.country,
    adminAreas: row.adminAreas,
    anonymous: row.anonymous,
    consentToContact: row.consentToContact,
    narrative: canReadNarrative(actor, sensitivity) ? cipher.decrypt(row.narrativeEnc) : null,
    contact:
      row.contactEnc && canReadContact(actor, sensitivity)
        ? JSON.parse(cipher.decrypt(row.contactEnc))
        : null,
    submitter: row.submitter as FeedbackCase['submitter'],
    triage: { flags: row.triageFlags, reviewRequired: row.reviewRequired },
    assignedTo: row.assignedTo,
    replyChannel: row.replyChannel as FeedbackCase['replyChannel'],
    satisfaction: row.satisfaction,
    acknowledgeDue: iso(row.acknowledgeDue),
    respondDue: iso(row.respondDue),
    acknowledgedAt: iso(row.acknowledgedAt),
    respondedAt: iso(row.respondedAt),
    closedAt: iso(row.closedAt),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
