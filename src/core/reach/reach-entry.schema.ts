/** Reach figures entered by form and listed: one project × location × period, its cells. */
import { z } from 'zod';
import { SEXES } from '../feedback/feedback.schema.js';
import { pcodeSchema } from '../risk/risk-analysis.schema.js';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { groupCountSchema } from './baseline.schema.js';
import { DISABILITY_STATUSES } from './washington-group.js';

export const createReachRequestSchema = z
  .object({
    projectId: z.uuid(),
    locationPcode: pcodeSchema,
    periodStart: z.iso.date(),
    periodEnd: z.iso.date(),
    counts: z.array(groupCountSchema).min(1).max(400),
  })
  .strict()
  .refine((r) => r.periodEnd >= r.periodStart, {
    path: ['periodEnd'],
    message: 'the period cannot end before it starts',
    params: { code: 'before_start' },
  });
export type CreateReachRequest = z.infer<typeof createReachRequestSchema>;

export const reachCountSchema = z.object({
  id: z.number().int(),
  projectId: z.uuid(),
  projectCode: z.string(),
  locationPcode: z.string(),
  country: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  sex: z.enum(SEXES),
  ageBracket: z.string(),
  disability: z.enum(DISABILITY_STATUSES),
  count: z.number().int(),
  importId: z.uuid().nullable(),
});
export type ReachCount = z.infer<typeof reachCountSchema>;

export const REACH_SORTS = ['-periodStart', 'periodStart', 'locationPcode', '-count'] as const;

/** Filters shared by the list and the export. */
export const reachFilterSchema = z.object({
  projectId: z.uuid().optional(),
  locationPcode: pcodeSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type ReachFilter = z.infer<typeof reachFilterSchema>;

export const listReachQuerySchema = pageQuerySchema
  .extend(reachFilterSchema.shape)
  .extend({ sort: z.enum(REACH_SORTS).default('-periodStart') })
  .strict();
export type ListReachQuery = z.infer<typeof listReachQuerySchema>;

export const reachEntryResultSchema = z.object({
  projectId: z.uuid(),
  locationPcode: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  cells: z.number().int(),
});
