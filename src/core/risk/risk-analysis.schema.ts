/**
 * One entry of a protection risk analysis (DOMAIN.md §4, PAF pillars: threats, their effects on
 * people, existing capacities): where, when, which risk, who is affected, the three ratings with
 * their justification, and the sources. Shared by the API and the web form.
 */
import { z } from 'zod';
import { SEXES } from '../feedback/feedback.schema.js';
import { PROTECTION_RISKS } from './protection-risks.js';
import { RATING_MAX, RATING_MIN, type RiskRatings } from './risk-scale.js';

/** A P-code: ISO alpha-2 or alpha-3 prefix, then letters or digits (Iraq's codes hold letters). */
export const pcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2,3}[A-Z0-9]{0,17}$/);

const text = (max: number) => z.string().trim().min(1).max(max);

export const factorRatingSchema = z
  .object({
    rating: z.number().int().min(RATING_MIN).max(RATING_MAX),
    justification: text(2000),
  })
  .strict();

export const affectedGroupSchema = z
  .object({
    description: text(200),
    sex: z.enum(SEXES).optional(),
    /** Code of an age bracket of the organisation's set (`60+`). */
    ageBracket: z.string().trim().min(1).max(20).optional(),
    hasDisability: z.boolean().optional(),
  })
  .strict();

export const riskSourceSchema = z
  .object({
    title: text(300),
    url: z.url().max(2000).optional(),
    date: z.iso.date().optional(),
  })
  .strict();

export const riskAnalysisEntrySchema = z
  .object({
    locationPcode: pcodeSchema,
    date: z.iso.date(),
    riskCode: z.enum(PROTECTION_RISKS),
    threatDescription: text(4000),
    affectedGroups: z.array(affectedGroupSchema).min(1).max(20),
    threat: factorRatingSchema,
    vulnerability: factorRatingSchema,
    capacity: factorRatingSchema,
    sources: z.array(riskSourceSchema).min(1).max(20),
  })
  .strict();

export type RiskAnalysisEntry = z.infer<typeof riskAnalysisEntrySchema>;

/** The three ratings of an entry, as the risk equation takes them. */
export function ratingsOf(entry: RiskAnalysisEntry): RiskRatings {
  return {
    threat: entry.threat.rating,
    vulnerability: entry.vulnerability.rating,
    capacity: entry.capacity.rating,
  };
}
