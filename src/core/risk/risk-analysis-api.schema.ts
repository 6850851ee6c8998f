/**
 * The API shapes of risk analyses around the entry schema: the update request, list and
 * priority queries, and what the server answers. Shared by the routes and the web pages.
 */
import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { PROTECTION_RISKS } from './protection-risks.js';
import {
  affectedGroupSchema,
  factorRatingSchema,
  pcodeSchema,
  riskAnalysisEntrySchema,
  riskSourceSchema,
} from './risk-analysis.schema.js';

const iso3 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/);
const bandCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/** A whole new version of an entry, with the version it was read at. */
export const updateRiskAnalysisRequestSchema = riskAnalysisEntrySchema
  .extend({ version: z.number().int().min(1) })
  .strict();

export type UpdateRiskAnalysisRequest = z.infer<typeof updateRiskAnalysisRequestSchema>;

export const RISK_ANALYSIS_SORTS = [
  'date',
  '-date',
  'score',
  '-score',
  'location',
  '-location',
  'risk',
  '-risk',
] as const;

export const listRiskAnalysesQuerySchema = pageQuerySchema.extend({
  country: iso3.optional(),
  /** A place and every place below it. */
  location: pcodeSchema.optional(),
  risk: z.enum(PROTECTION_RISKS).optional(),
  /** A band code of the organisation's current bands. */
  band: bandCode.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sort: z.enum(RISK_ANALYSIS_SORTS).default('-date'),
});

export type ListRiskAnalysesQuery = z.infer<typeof listRiskAnalysesQuerySchema>;

export const riskPrioritiesQuerySchema = z.object({
  country: iso3.optional(),
  /** 0 country, 1 admin1, 2 admin2, 3 admin3. */
  level: z.coerce.number().int().min(0).max(3).optional(),
  risk: z.enum(PROTECTION_RISKS).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100),
});

export type RiskPrioritiesQuery = z.infer<typeof riskPrioritiesQuerySchema>;

export const riskHistoryQuerySchema = z.object({
  location: pcodeSchema,
  risk: z.enum(PROTECTION_RISKS),
});

export type RiskHistoryQuery = z.infer<typeof riskHistoryQuerySchema>;

export const linkProjectsRequestSchema = z
  .object({ projectIds: z.array(z.uuid()).max(50) })
  .strict();

export type LinkProjectsRequest = z.infer<typeof linkProjectsRequestSchema>;

/** A score placed in the organisation's current bands. */
export const riskAssessmentSchema = z.object({
  score: z.number(),
  severity: z.number().int(),
  band: z.string(),
  label: z.string(),
});

export const placeSchema = z.object({
  pcode: z.string(),
  level: z.number().int(),
  country: z.string(),
  names: z.record(z.string(), z.string().optional()),
});

export const linkedProjectSchema = z.object({ id: z.uuid(), code: z.string(), title: z.string() });

export const riskAnalysisSchema = z.object({
  id: z.uuid(),
  locationPcode: z.string(),
  place: placeSchema.nullable(),
  country: z.string(),
  date: z.string(),
  riskCode: z.enum(PROTECTION_RISKS),
  threatDescription: z.string(),
  affectedGroups: z.array(affectedGroupSchema),
  threat: factorRatingSchema,
  vulnerability: factorRatingSchema,
  capacity: factorRatingSchema,
  sources: z.array(riskSourceSchema),
  risk: riskAssessmentSchema,
  /** The band stored when the analysis was saved (the bands may have changed since). */
  bandWhenSaved: z.string(),
  projects: z.array(linkedProjectSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export type RiskAnalysis = z.infer<typeof riskAnalysisSchema>;

/** A list row: no free text (justifications, threats and sources stay on the record). */
export const riskAnalysisSummarySchema = z.object({
  id: z.uuid(),
  locationPcode: z.string(),
  place: placeSchema.nullable(),
  country: z.string(),
  date: z.string(),
  riskCode: z.enum(PROTECTION_RISKS),
  ratings: z.object({ threat: z.number(), vulnerability: z.number(), capacity: z.number() }),
  risk: riskAssessmentSchema,
});

export type RiskAnalysisSummary = z.infer<typeof riskAnalysisSummarySchema>;

export const riskPrioritySchema = riskAnalysisSummarySchema.extend({ rank: z.number().int() });

export type RiskPriority = z.infer<typeof riskPrioritySchema>;
