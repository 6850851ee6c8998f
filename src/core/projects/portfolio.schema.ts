import { z } from 'zod';
import { PROJECT_PHASES } from './phase.js';

export const portfolioQuerySchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  sector: z.string().trim().max(40).optional(),
  phase: z.enum(PROJECT_PHASES).optional(),
  partner: z.string().trim().max(200).optional(),
});

export type PortfolioQuery = z.infer<typeof portfolioQuerySchema>;

/** One cell of the heatmap: the mean score of the answered items of that principle in the projects of that sector and country. */
export const heatmapCellSchema = z.object({
  principle: z.string(),
  sector: z.string(),
  country: z.string(),
  score: z.number().nullable(),
  projects: z.number().int().nullable(),
  /** True when the number of projects is under the disclosure threshold for the caller. */
  suppressed: z.boolean(),
});

export const portfolioSchema = z.object({
  totals: z.object({ projects: z.number().int(), byPhase: z.record(z.string(), z.number().int()) }),
  heatmap: z.array(heatmapCellSchema),
  /** Projects in endorsement with open mandatory items; empty for viewers (aggregates only). */
  blocked: z.array(
    z.object({
      projectId: z.uuid(),
      code: z.string(),
      title: z.string(),
      openItems: z.number().int(),
    }),
  ),
  blockedCount: z.number().int(),
  topUnmet: z.array(
    z.object({
      itemId: z.string(),
      principle: z.string(),
      phase: z.string(),
      text: z.string(),
      projects: z.number().int(),
    }),
  ),
  trend: z.array(
    z.object({ month: z.string(), score: z.number().nullable(), answers: z.number().int() }),
  ),
});

export type Portfolio = z.infer<typeof portfolioSchema>;
