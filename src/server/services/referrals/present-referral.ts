/** A stored referral as the API answers it; the shared facts decrypted only for referral roles. */
import {
  consentSchema,
  sharedFactsSchema,
  type Referral,
} from '../../../core/services/referral.schema.js';
import {
  isFollowUpOverdue,
  nextStatuses,
  type ReferralStatus,
} from '../../../core/services/referral-workflow.js';
import type { FieldCipher } from '../../security/secrets.js';
import type { ReferralWithService } from '../../repos/referrals.repo.js';

export function toReferral(row: ReferralWithService, cipher: FieldCipher, today: string): Referral {
  const status = row.status as ReferralStatus;
  return {
    id: row.id,
    reference: row.reference,
    service: {
      id: row.serviceId,
      name: row.serviceName,
      type: row.serviceType,
      provider: row.providerName,
    },
    feedbackCaseId: row.feedbackCaseId,
    status,
    nextStatuses: [...nextStatuses(status)],
    consent: row.consent ? consentSchema.parse(row.consent) : null,
    override: row.overrideReason ? { reason: row.overrideReason } : null,
    sharedFields: row.sharedFields as Referral['sharedFields'],
    person: sharedFactsSchema.parse(JSON.parse(cipher.decrypt(row.sharedEnc))),
    followUpOn: row.followUpOn,
    overdue: isFollowUpOverdue(status, row.followUpOn, today),
    outcome: row.outcome,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
