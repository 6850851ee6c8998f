/**
 * Population baselines (DOMAIN.md §5): how many people live in a place at a date, by sex × age
 * bracket × disability, with the source. Shared by the API and the web form.
 */
import { z } from 'zod';
import { SEXES } from '../feedback/feedback.schema.js';
import { pcodeSchema } from '../risk/risk-analysis.schema.js';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { DISABILITY_STATUSES } from './washington-group.js';

export const bracketCodeSchema = z.string().regex(/^[0-9a-z+_-]{1,20}$/);

/** One cell of a disaggregated table. */
export const groupCountSchema = z
  .object({
    sex: z.enum(SEXES),
    ageBracket: bracketCodeSchema,
    disability: z.enum(DISABILITY_STATUSES),
    count: z.number().int().nonnegative().max(100_000_000),
  })
  .strict();
export type GroupCountInput = z.infer<typeof groupCountSchema>;

export const createBaselineRequestSchema = z
  .object({
    locationPcode: pcodeSchema,
    referenceDate: z.iso.date(),
    source: z.string().trim().min(2).max(300),
    counts: z.array(groupCountSchema).min(1).max(400),
  })
  .strict();
export type CreateBaselineRequest = z.infer<typeof createBaselineRequestSchema>;

export const baselineSchema = z.object({
  id: z.uuid(),
  locationPcode: z.string(),
  country: z.string(),
  referenceDate: z.string(),
  source: z.string(),
  ageBrackets: z.array(z.string()),
  counts: z.array(groupCountSchema),
  total: z.number().int(),
  createdAt: z.string(),
});
export type Baseline = z.infer<typeof baselineSchema>;

export const BASELINE_SORTS = ['-referenceDate', 'referenceDate', 'locationPcode'] as const;

export const listBaselinesQuerySchema = pageQuerySchema
  .extend({
    locationPcode: pcodeSchema.optional(),
    country: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    sort: z.enum(BASELINE_SORTS).default('-referenceDate'),
  })
  .strict();
export type ListBaselinesQuery = z.infer<typeof listBaselinesQuerySchema>;
