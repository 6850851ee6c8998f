/** Complaints and feedback (DOMAIN.md §6): the shapes shared by intake, lists, the web forms and the API. */
import { z } from 'zod';
import { LANGUAGE_CODES } from '../shared/language.js';
import { pageQuerySchema } from '../shared/pagination.schema.js';

export const CHANNELS = [
  'hotline',
  'sms',
  'web',
  'in_person',
  'suggestion_box',
  'community_meeting',
  'email',
] as const;
export const CATEGORIES = [
  'appreciation',
  'suggestion',
  'request_information',
  'request_assistance',
  'complaint_non_sensitive',
  'complaint_sensitive',
  'out_of_scope',
] as const;
export const SENSITIVITIES = ['non_sensitive', 'sensitive', 'sea'] as const;
export const URGENCIES = ['normal', 'urgent'] as const;
export const CASE_STATUSES = [
  'received',
  'acknowledged',
  'in_progress',
  'referred',
  'responded',
  'closed',
] as const;
export const SEXES = ['female', 'male', 'other', 'not_stated'] as const;
export const AGE_BRACKETS = ['0-4', '5-11', '12-17', '18-59', '60+'] as const;
export const DISPLACEMENT_STATUSES = [
  'idp',
  'returnee',
  'refugee',
  'migrant',
  'host_community',
  'other',
  'not_stated',
] as const;

export type Channel = (typeof CHANNELS)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Washington Group short set: 1 no difficulty … 4 cannot do at all. */
const wgAnswer = z.number().int().min(1).max(4);

export const submitterProfileSchema = z
  .object({
    sex: z.enum(SEXES).optional(),
    age: z.number().int().min(0).max(120).optional(),
    ageBracket: z.enum(AGE_BRACKETS).optional(),
    displacement: z.enum(DISPLACEMENT_STATUSES).optional(),
    washingtonGroup: z
      .object({
        seeing: wgAnswer.optional(),
        hearing: wgAnswer.optional(),
        walking: wgAnswer.optional(),
        cognition: wgAnswer.optional(),
        selfCare: wgAnswer.optional(),
        communication: wgAnswer.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type SubmitterProfile = z.infer<typeof submitterProfileSchema>;

export const contactSchema = z
  .object({
    name: z.string().trim().max(200).optional(),
    phone: z.string().trim().max(40).optional(),
    email: z.email().max(254).optional(),
    other: z.string().trim().max(500).optional(),
  })
  .strict();

export const createFeedbackRequestSchema = z
  .object({
    channel: z.enum(CHANNELS),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
    language: z.enum(LANGUAGE_CODES).optional(),
    category: z.enum(CATEGORIES).optional(),
    sensitivity: z.enum(SENSITIVITIES).default('non_sensitive'),
    urgency: z.enum(URGENCIES).default('normal'),
    projectId: z.uuid().optional(),
    sector: z.string().trim().max(40).optional(),
    adminAreas: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    narrative: z.string().trim().min(1).max(20_000),
    anonymous: z.boolean().default(false),
    consentToContact: z.boolean().default(false),
    contact: contactSchema.optional(),
    submitter: submitterProfileSchema.optional(),
  })
  .strict()
  .refine((f) => !f.contact || f.consentToContact, {
    message: 'contact details are kept only with consent to be contacted',
    path: ['contact'],
  })
  .refine((f) => !(f.anonymous && f.contact), {
    message: 'an anonymous case has no contact details',
    path: ['contact'],
  });

export type CreateFeedbackRequest = z.input<typeof createFeedbackRequestSchema>;

/** A case as staff see it; narrative and contact only when the caller may read them. */
export const feedbackCaseSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  channel: z.enum(CHANNELS),
  receivedAt: z.string(),
  language: z.enum(LANGUAGE_CODES).nullable(),
  category: z.enum(CATEGORIES).nullable(),
  sensitivity: z.enum(SENSITIVITIES),
  urgency: z.enum(URGENCIES),
  status: z.enum(CASE_STATUSES),
  projectId: z.uuid().nullable(),
  sector: z.string().nullable(),
  country: z.string().nullable(),
  adminAreas: z.array(z.string()),
  anonymous: z.boolean(),
  consentToContact: z.boolean(),
  narrative: z.string().nullable(),
  contact: contactSchema.nullable(),
  submitter: submitterProfileSchema,
  triage: z.object({ flags: z.array(z.string()), reviewRequired: z.boolean() }),
  assignedTo: z.uuid().nullable(),
  replyChannel: z.enum(CHANNELS).nullable(),
  satisfaction: z.number().int().min(1).max(5).nullable(),
  acknowledgeDue: z.string().nullable(),
  respondDue: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

export type FeedbackCase = z.infer<typeof feedbackCaseSchema>;

/** What the person who logged an SEA case gets back: a receipt, nothing more. */
export const feedbackReceiptSchema = z.object({
  id: z.uuid().nullable(),
  reference: z.string(),
  receipt: z.string(),
  restricted: z.boolean(),
});

export const FEEDBACK_SORTS = ['receivedAt', '-receivedAt', 'status', '-status'] as const;

export const listFeedbackQuerySchema = pageQuerySchema.extend({
  status: z.enum(CASE_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  category: z.enum(CATEGORIES).optional(),
  sensitivity: z.enum(SENSITIVITIES).optional(),
  projectId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(FEEDBACK_SORTS).default('-receivedAt'),
});

export type ListFeedbackQuery = z.infer<typeof listFeedbackQuerySchema>;

/** A change to a case: a workflow step, a reply, a note, a rating, an assignee, a reclassification. */
export const updateFeedbackRequestSchema = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    sensitivity: z.enum(SENSITIVITIES).optional(),
    reason: z.string().trim().min(10).max(2000).optional(),
    reply: z.string().trim().min(1).max(4000).optional(),
    replyChannel: z.enum(CHANNELS).optional(),
    satisfaction: z.number().int().min(1).max(5).optional(),
    assignedTo: z.uuid().nullable().optional(),
    note: z.string().trim().min(1).max(4000).optional(),
    version: z.number().int().min(1),
  })
  .strict()
  .refine((u) => !u.sensitivity || u.reason, {
    message: 'a reason is required to reclassify',
    path: ['reason'],
  });

export type UpdateFeedbackRequest = z.infer<typeof updateFeedbackRequestSchema>;
