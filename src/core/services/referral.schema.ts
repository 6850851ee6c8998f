/**
 * Referrals (decision 028): the consent of the person (or of a caregiver, for a child), the
 * minimum fields shared with the provider, the override with a reason, the status and follow-up.
 */
import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { REFERRAL_STATUSES } from './referral-workflow.js';
import { SERVICE_TYPES } from './service.schema.js';

/** What may be shared with a provider; never the narrative of a case. */
export const SHAREABLE_FIELDS = [
  'name',
  'phone',
  'sex',
  'age',
  'language',
  'disability',
  'need',
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];

export const CONSENT_GIVERS = ['person', 'caregiver'] as const;

export const consentSchema = z
  .object({
    givenBy: z.enum(CONSENT_GIVERS),
    givenAt: z.iso.datetime({ offset: true }),
    purpose: z.string().trim().min(1).max(500),
    /** The fields the person agreed to share: the referral shares these and nothing else. */
    mayShare: z.array(z.enum(SHAREABLE_FIELDS)).min(1),
  })
  .strict();
export type Consent = z.infer<typeof consentSchema>;

/** The facts shared with the provider, each optional; only consented ones are stored. */
export const sharedFactsSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    phone: z.string().trim().min(3).max(40).optional(),
    sex: z.enum(['female', 'male', 'other']).optional(),
    age: z.number().int().min(0).max(120).optional(),
    language: z.string().trim().min(2).max(40).optional(),
    disability: z.boolean().optional(),
    need: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type SharedFacts = z.infer<typeof sharedFactsSchema>;

const referralBase = {
  serviceId: z.uuid(),
  feedbackCaseId: z.uuid().nullable().default(null),
  person: sharedFactsSchema,
  followUpOn: z.iso.date().nullable().default(null),
};

/** A referral with the person's consent (without it the server answers 409). */
export const createReferralRequestSchema = z
  .object({ ...referralBase, consent: consentSchema.nullable().default(null) })
  .strict();
export type CreateReferralRequest = z.infer<typeof createReferralRequestSchema>;

/** A referral without consent, by a user holding the override permission, with a reason. */
export const overrideReferralRequestSchema = z
  .object({ ...referralBase, overrideReason: z.string().trim().min(10).max(1000) })
  .strict();
export type OverrideReferralRequest = z.infer<typeof overrideReferralRequestSchema>;

export const updateReferralRequestSchema = z
  .object({
    version: z.number().int().min(1),
    status: z.enum(REFERRAL_STATUSES).optional(),
    followUpOn: z.iso.date().nullable().optional(),
    outcome: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();
export type UpdateReferralRequest = z.infer<typeof updateReferralRequestSchema>;

export const listReferralsQuerySchema = pageQuerySchema
  .extend({
    status: z.enum(REFERRAL_STATUSES).optional(),
    serviceType: z.enum(SERVICE_TYPES).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    feedbackCaseId: z.uuid().optional(),
    sort: z.enum(['followUp', '-followUp', 'created', '-created']).default('-created'),
  })
  .strict();
export type ListReferralsQuery = z.infer<typeof listReferralsQuerySchema>;

export const referralSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  service: z.object({ id: z.uuid(), name: z.string(), type: z.string(), provider: z.string() }),
  feedbackCaseId: z.uuid().nullable(),
  status: z.enum(REFERRAL_STATUSES),
  nextStatuses: z.array(z.enum(REFERRAL_STATUSES)),
  consent: consentSchema.nullable(),
  override: z.object({ reason: z.string() }).nullable(),
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)),
  /** Only for roles that may read it; null otherwise. */
  person: sharedFactsSchema.nullable(),
  followUpOn: z.string().nullable(),
  overdue: z.boolean(),
  outcome: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Referral = z.infer<typeof referralSchema>;

/** Referral counts by service type (rows) and status (columns); null cells were suppressed. */
export const referralReportSchema = z.object({
  rows: z.array(z.enum(SERVICE_TYPES)),
  columns: z.array(z.enum(REFERRAL_STATUSES)),
  cells: z.array(z.array(z.number().int().nullable())),
  rowTotals: z.array(z.number().int().nullable()),
  columnTotals: z.array(z.number().int().nullable()),
  grandTotal: z.number().int().nullable(),
  /** The smallest count shown, when small cells were suppressed; null for the full table. */
  disclosureThreshold: z.number().int().nullable(),
});
export type ReferralReport = z.infer<typeof referralReportSchema>;
