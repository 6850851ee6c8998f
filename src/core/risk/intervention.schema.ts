/**
 * Specialised protection interventions recorded against a risk (DOMAIN.md §4): classed
 * preventive, responsive, remedial or environment building, and by thematic area.
 */
import { z } from 'zod';

export const INTERVENTION_KINDS = [
  'preventive',
  'responsive',
  'remedial',
  'environment_building',
] as const;

export const THEMATIC_AREAS = [
  'child_protection',
  'gbv',
  'counter_trafficking',
  'alternatives_to_detention',
  'mhpss',
  'housing_land_property',
  'disability_inclusion',
  'psea',
  'legal_identity',
  'mine_risk_education',
  'humanitarian_evacuations',
  'return_reintegration',
  'social_cohesion',
  'other',
] as const;

export const createInterventionRequestSchema = z
  .object({
    kind: z.enum(INTERVENTION_KINDS),
    thematicArea: z.enum(THEMATIC_AREAS),
    title: z.string().trim().min(1).max(300),
    description: z.string().trim().min(1).max(4000).optional(),
    projectId: z.uuid().optional(),
    startDate: z.iso.date().optional(),
    endDate: z.iso.date().optional(),
  })
  .strict()
  .refine((i) => !i.startDate || !i.endDate || i.startDate <= i.endDate, {
    message: 'the end date cannot be before the start date',
    path: ['endDate'],
  });

export type CreateInterventionRequest = z.infer<typeof createInterventionRequestSchema>;

export const interventionSchema = z.object({
  id: z.uuid(),
  riskAnalysisId: z.uuid(),
  kind: z.enum(INTERVENTION_KINDS),
  thematicArea: z.enum(THEMATIC_AREAS),
  title: z.string(),
  description: z.string().nullable(),
  project: z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  createdAt: z.string(),
});

export type Intervention = z.infer<typeof interventionSchema>;
