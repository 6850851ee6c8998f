/**
 * A training session and its participants: counts by organisation type × sex, and optionally the
 * named staff who attended (users), from whom coverage is computed. Shared by the API and the form.
 */
import { z } from 'zod';
import { SEXES } from '../feedback/feedback.schema.js';
import { LANGUAGE_CODES } from '../shared/language.js';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { pcodeSchema } from '../risk/risk-analysis.schema.js';
import { PARTICIPANT_TYPES, TRAINING_TOPICS } from './capacity-codes.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const participantCountSchema = z
  .object({
    participantType: z.enum(PARTICIPANT_TYPES),
    sex: z.enum(SEXES),
    count: z.number().int().min(0).max(100_000),
  })
  .strict();

/** The fields of a session, unrefined (so that forms may pick from it). */
export const trainingSessionBaseSchema = z
  .object({
    topic: z.enum(TRAINING_TOPICS),
    topicOther: text(200).optional(),
    date: z.iso.date(),
    locationPcode: pcodeSchema,
    projectId: z.uuid().optional(),
    facilitator: text(200),
    language: z.enum(LANGUAGE_CODES),
    participants: z.array(participantCountSchema).min(1).max(24),
    traineeIds: z.array(z.uuid()).max(500).default([]),
  })
  .strict();

/** A session to record: `other` needs its topic; each type × sex once; someone attended. */
export const trainingSessionRequestSchema = trainingSessionBaseSchema.superRefine((s, ctx) => {
  if (s.topic === 'other' && !s.topicOther)
    ctx.addIssue({ code: 'custom', path: ['topicOther'], message: 'required' });
  const seen = new Set<string>();
  s.participants.forEach((p, index) => {
    const key = `${p.participantType}:${p.sex}`;
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: ['participants', index, 'sex'], message: 'duplicate' });
    seen.add(key);
  });
  if (s.participants.every((p) => p.count === 0))
    ctx.addIssue({ code: 'custom', path: ['participants'], message: 'nobody' });
  if (new Set(s.traineeIds).size !== s.traineeIds.length)
    ctx.addIssue({ code: 'custom', path: ['traineeIds'], message: 'duplicate' });
});
export type TrainingSessionRequest = z.input<typeof trainingSessionRequestSchema>;

export const trainingSessionSchema = z.object({
  id: z.uuid(),
  topic: z.enum(TRAINING_TOPICS),
  topicOther: z.string().nullable(),
  date: z.string(),
  place: z.object({ pcode: z.string(), name: z.string() }),
  country: z.string(),
  project: z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
  facilitator: z.string(),
  language: z.string(),
  participants: z.array(participantCountSchema),
  total: z.number().int(),
  trainees: z.array(z.object({ id: z.uuid(), name: z.string() })),
  version: z.number().int(),
});
export type TrainingSession = z.infer<typeof trainingSessionSchema>;

export const TRAINING_SORTS = ['date', '-date', 'topic', '-topic'] as const;

export const listTrainingsQuerySchema = pageQuerySchema
  .extend({
    topic: z.enum(TRAINING_TOPICS).optional(),
    projectId: z.uuid().optional(),
    country: z.string().trim().toUpperCase().length(3).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    sort: z.enum(TRAINING_SORTS).default('-date'),
  })
  .strict();
export type ListTrainingsQuery = z.infer<typeof listTrainingsQuerySchema>;

/** The staff of a project, replaced as a whole. */
export const projectStaffRequestSchema = z
  .object({ userIds: z.array(z.uuid()).max(1000) })
  .strict()
  .refine((r) => new Set(r.userIds).size === r.userIds.length, {
    path: ['userIds'],
    message: 'duplicate',
  });

export const coverageQuerySchema = pageQuerySchema
  .extend({
    projectId: z.uuid().optional(),
    topic: z.enum(TRAINING_TOPICS).optional(),
    target: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict();
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

export const coverageRowSchema = z.object({
  project: z.object({ id: z.uuid(), code: z.string(), title: z.string(), country: z.string() }),
  topic: z.enum(TRAINING_TOPICS),
  staff: z.number().int(),
  trained: z.number().int(),
  /** Percent of the project's staff trained, null when the project has no staff recorded. */
  percent: z.number().nullable(),
  target: z.number().int(),
  isBelowTarget: z.boolean(),
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const coveragePageSchema = z.object({
  /** One row per project × topic of the page's projects. */
  items: z.array(coverageRowSchema),
  /** Projects in scope (the page counts projects, not rows). */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CoveragePage = z.infer<typeof coveragePageSchema>;
