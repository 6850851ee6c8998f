/** A milestone of the protection roadmap (decision 030), shared by the API and the form. */
import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { MILESTONE_STATUSES, ROADMAP_PILLARS } from './capacity-codes.js';

const text = (max: number) => z.string().trim().min(1).max(max);
/** Links are web addresses only (never `javascript:`). */
export const webLinkSchema = z.url({ protocol: /^https?$/ }).max(2000);

export const milestoneBaseSchema = z
  .object({
    pillar: z.enum(ROADMAP_PILLARS),
    title: text(300),
    owner: text(200),
    dueDate: z.iso.date(),
    status: z.enum(MILESTONE_STATUSES).default('not_started'),
    evidence: text(4000).optional(),
    evidenceUrl: webLinkSchema.optional(),
  })
  .strict();
export const milestoneRequestSchema = milestoneBaseSchema;
export type MilestoneRequest = z.input<typeof milestoneRequestSchema>;

export const updateMilestoneRequestSchema = milestoneBaseSchema
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateMilestoneRequest = z.input<typeof updateMilestoneRequestSchema>;

export const milestoneSchema = z.object({
  id: z.uuid(),
  pillar: z.enum(ROADMAP_PILLARS),
  title: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  evidence: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  completedOn: z.string().nullable(),
  isOverdue: z.boolean(),
  version: z.number().int(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const listMilestonesQuerySchema = pageQuerySchema
  .extend({
    pillar: z.enum(ROADMAP_PILLARS).optional(),
    status: z.enum(MILESTONE_STATUSES).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    sort: z.enum(['dueDate', '-dueDate', 'pillar', 'status']).default('dueDate'),
  })
  .strict();
export type ListMilestonesQuery = z.infer<typeof listMilestonesQuerySchema>;

export const pillarProgressSchema = z.object({
  pillar: z.enum(ROADMAP_PILLARS),
  total: z.number().int(),
  done: z.number().int(),
  inProgress: z.number().int(),
  overdue: z.number().int(),
  /** Percent of milestones done, null for a pillar without milestones. */
  percentDone: z.number().nullable(),
});
export type PillarProgress = z.infer<typeof pillarProgressSchema>;
