import { z } from 'zod';
import { LANGUAGE_CODES } from '../shared/language.js';
import { CHECKLIST_PHASES } from '../projects/phase.js';
import { ANSWER_STATUSES } from './answer.js';

export const answerSchema = z.object({
  status: z.enum(ANSWER_STATUSES),
  justification: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string(),
});

export type Answer = z.infer<typeof answerSchema>;

export const waiverSchema = z.object({
  id: z.uuid(),
  itemId: z.string(),
  reason: z.string(),
  waivedBy: z.string().nullable(),
  waivedAt: z.string(),
});

export type Waiver = z.infer<typeof waiverSchema>;

export const checklistItemViewSchema = z.object({
  id: z.string(),
  principle: z.string(),
  phase: z.enum(CHECKLIST_PHASES),
  sector: z.string().nullable(),
  mandatory: z.boolean(),
  evidenceRequired: z.boolean(),
  text: z.string(),
  guidance: z.string(),
  answer: answerSchema.nullable(),
  waiver: waiverSchema.nullable(),
});

export type ChecklistItemView = z.infer<typeof checklistItemViewSchema>;

export const scoreSchema = z.object({
  score: z.number().nullable(),
  met: z.number().int(),
  partly: z.number().int(),
  notMet: z.number().int(),
  notApplicable: z.number().int(),
  unanswered: z.number().int(),
  total: z.number().int(),
});

export const checklistScoresSchema = z.object({
  overall: scoreSchema,
  byPrinciple: z.record(z.string(), scoreSchema),
  byPhase: z.record(z.string(), scoreSchema),
  mandatoryOpen: z.array(z.string()),
});

export const checklistViewSchema = z.object({
  projectId: z.uuid(),
  version: z.string(),
  lang: z.enum(LANGUAGE_CODES),
  phase: z.enum(CHECKLIST_PHASES).nullable(),
  items: z.array(checklistItemViewSchema),
  scores: checklistScoresSchema,
});

export type ChecklistView = z.infer<typeof checklistViewSchema>;

export const checklistQuerySchema = z.object({
  phase: z.enum(CHECKLIST_PHASES).optional(),
  lang: z.enum(LANGUAGE_CODES).optional(),
});

export const answerRequestSchema = z
  .object({
    status: z.enum(ANSWER_STATUSES),
    justification: z.string().trim().max(4000).optional(),
    note: z.string().trim().max(4000).optional(),
    /** The version of the answer the editor saw; required once an answer exists. */
    version: z.number().int().min(1).optional(),
  })
  .strict()
  .refine((a) => a.status !== 'not_applicable' || (a.justification?.length ?? 0) > 0, {
    message: 'a justification is required when the item is not applicable',
    path: ['justification'],
  });

export type AnswerRequest = z.infer<typeof answerRequestSchema>;

export const waiverRequestSchema = z
  .object({ itemId: z.string().trim().min(1).max(80), reason: z.string().trim().min(10).max(4000) })
  .strict();

export type WaiverRequest = z.infer<typeof waiverRequestSchema>;

export const answerHistoryEntrySchema = z.object({
  id: z.number().int(),
  itemId: z.string(),
  before: answerSchema.pick({ status: true, justification: true, note: true }).nullable(),
  after: answerSchema.pick({ status: true, justification: true, note: true }),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
