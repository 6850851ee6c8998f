/** The feedback dashboard's query and response: shared by the API, its OpenAPI document and the web. */
import { z } from 'zod';

export const dashboardQuerySchema = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** Satisfaction with the answer as the person rated it: 1 (very dissatisfied) to 5 (very satisfied). */
export const SATISFACTION_SCORES = ['1', '2', '3', '4', '5'] as const;
/** The scores that count as satisfied. */
export const SATISFIED_SCORES = ['4', '5'] as const;
/** The keys of the satisfaction breakdown, always all present: every score, then "not known". */
export const SATISFACTION_KEYS = [...SATISFACTION_SCORES, 'not_known'] as const;

const breakdownSchema = z
  .object({
    cells: z.array(z.object({ key: z.string(), count: z.number().int().nullable() })),
    total: z.number().int().nullable(),
  })
  .meta({ description: 'Counts by key; a null count or total is suppressed (a small cell).' });

const shareSchema = z.number().min(0).max(1).nullable();

export const dashboardSchema = z.object({
  from: z.string(),
  to: z.string(),
  suppressed: z.boolean(),
  breakdowns: z.object({
    channel: breakdownSchema,
    category: breakdownSchema,
    status: breakdownSchema,
    sex: breakdownSchema,
    ageBracket: breakdownSchema,
    disability: breakdownSchema,
    satisfaction: breakdownSchema.meta({
      description: `Cases by the satisfaction recorded with the answer, keys ${SATISFACTION_KEYS.join(', ')} always in this order; a null count is suppressed.`,
    }),
  }),
  responseTimes: breakdownSchema,
  rates: z.object({
    closure: shareSchema,
    acknowledgedOnTime: shareSchema,
    respondedOnTime: shareSchema,
    satisfied: shareSchema.meta({
      description:
        'Share of the cases with a known satisfaction rated 4 or 5; null when none is known or when a count it would be computed from is suppressed.',
    }),
  }),
  seaCases: z.number().int().nullable(),
});

export type FeedbackDashboard = z.infer<typeof dashboardSchema>;
