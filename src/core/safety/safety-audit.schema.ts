/** A safety audit of one site on one date: each item answered, rated, noted; photos; the change since the last. */
import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { RISK_LEVELS } from './safety-site.schema.js';
import { SAFETY_TOPICS } from './safety-template.schema.js';

export const ANSWERS = ['yes', 'no', 'partly', 'not_applicable'] as const;

export type Answer = (typeof ANSWERS)[number];

export const CHANGES = ['worse', 'better', 'same', 'new'] as const;

export type RiskChange = (typeof CHANGES)[number];

const answerEntrySchema = z.strictObject({
  itemCode: z.string().trim().min(1).max(20),
  answer: z.enum(ANSWERS),
  /** Required unless the item does not apply (then it must be left out). */
  risk: z.enum(RISK_LEVELS).nullable().default(null),
  notes: z.string().trim().max(2000).optional(),
});

export type AnswerEntry = z.input<typeof answerEntrySchema>;

/** The audit as a form sends it; every active item of the template must be answered once. */
export const auditEntrySchema = z.strictObject({
  date: z.iso.date(),
  atNight: z.boolean().default(false),
  notes: z.string().trim().max(4000).optional(),
  answers: z.array(answerEntrySchema).min(1).max(200),
});

export type AuditEntry = z.input<typeof auditEntrySchema>;
export type ParsedAuditEntry = z.infer<typeof auditEntrySchema>;

export const photoSchema = z.strictObject({
  id: z.uuid(),
  itemCode: z.string().nullable(),
  width: z.number().int(),
  height: z.number().int(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

export type AuditPhoto = z.infer<typeof photoSchema>;

export const auditAnswerSchema = z.strictObject({
  itemCode: z.string(),
  topic: z.enum(SAFETY_TOPICS),
  topicName: z.string(),
  question: z.string(),
  answer: z.enum(ANSWERS),
  risk: z.enum(RISK_LEVELS).nullable(),
  notes: z.string().nullable(),
  /** The risk at the previous audit of the site, and how it moved; null change on a first audit. */
  previousRisk: z.enum(RISK_LEVELS).nullable(),
  change: z.enum(CHANGES).nullable(),
});

export type AuditAnswer = z.infer<typeof auditAnswerSchema>;

export const riskCountsSchema = z.strictObject({
  high: z.number().int(),
  medium: z.number().int(),
  low: z.number().int(),
});

export type RiskCounts = z.infer<typeof riskCountsSchema>;

export const auditSchema = z.strictObject({
  id: z.uuid(),
  siteId: z.uuid(),
  siteName: z.string(),
  date: z.string(),
  atNight: z.boolean(),
  notes: z.string().nullable(),
  templateNumber: z.number().int(),
  auditor: z.string().nullable(),
  previous: z.strictObject({ id: z.uuid(), date: z.string() }).nullable(),
  counts: riskCountsSchema,
  answers: z.array(auditAnswerSchema),
  photos: z.array(photoSchema),
  createdAt: z.string(),
});

export type SafetyAudit = z.infer<typeof auditSchema>;

export const auditSummarySchema = z.strictObject({
  id: z.uuid(),
  siteId: z.uuid(),
  siteName: z.string(),
  date: z.string(),
  atNight: z.boolean(),
  counts: riskCountsSchema,
  auditor: z.string().nullable(),
});

export type AuditSummary = z.infer<typeof auditSummarySchema>;

export const listAuditsQuerySchema = pageQuerySchema.extend({
  siteId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sort: z.enum(['date', '-date', 'site', '-site']).default('-date'),
});

export type ListAuditsQuery = z.infer<typeof listAuditsQuerySchema>;

export const riskTrendSchema = z.strictObject({
  siteId: z.uuid(),
  points: z.array(riskCountsSchema.extend({ auditId: z.uuid(), date: z.string() })),
});

export type RiskTrend = z.infer<typeof riskTrendSchema>;

export const findingsExportQuerySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  siteId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  risk: z.enum(RISK_LEVELS).optional(),
});

export type FindingsExportQuery = z.infer<typeof findingsExportQuerySchema>;
