/** The dated series of one risk in one place, and its change as protection outcomes (DOMAIN.md §4). */
import { z } from 'zod';
import { interventionSchema } from './intervention.schema.js';
import { PROTECTION_RISKS } from './protection-risks.js';
import {
  linkedProjectSchema,
  placeSchema,
  riskAnalysisSummarySchema,
} from './risk-analysis-api.schema.js';

const factorChanges = z.object({
  threat: z.number(),
  vulnerability: z.number(),
  capacity: z.number(),
});

export const riskChangeSchema = z.object({
  fromDate: z.string(),
  toDate: z.string(),
  fromScore: z.number(),
  toScore: z.number(),
  delta: z.number(),
  outcome: z.enum(['improved', 'worsened', 'unchanged']),
  fromBand: z.string(),
  toBand: z.string(),
  factors: factorChanges,
});

export const riskHistorySchema = z.object({
  locationPcode: z.string(),
  riskCode: z.enum(PROTECTION_RISKS),
  place: placeSchema.nullable(),
  /** Oldest first. */
  points: z.array(
    riskAnalysisSummarySchema.extend({
      version: z.number().int(),
      projects: z.array(linkedProjectSchema),
      interventions: z.array(interventionSchema),
    }),
  ),
  changes: z.array(riskChangeSchema),
});

export type RiskHistory = z.infer<typeof riskHistorySchema>;
export type RiskHistoryPoint = RiskHistory['points'][number];
