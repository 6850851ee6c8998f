/** Settings of the meaningful-access analysis, chosen per organisation (decision 018). */
import { z } from 'zod';
import { fieldProblemsOf, invalidInput } from '../risk/invalid-input.js';

export const accessOptionsSchema = z
  .object({
    /** Significance level after correction. */
    alpha: z.number().gt(0).max(0.2).default(0.05),
    /** Smallest shortfall worth an alert: reached share at most (1 − gap) × baseline share. */
    minRelativeGap: z.number().min(0).max(1).default(0.2),
    correction: z.enum(['holm', 'benjamini_hochberg']).default('holm'),
  })
  .strict();

export type AccessOptions = z.infer<typeof accessOptionsSchema>;

/** The options with their defaults, or `validation_failed` naming each bad one. */
export function parseAccessOptions(input: unknown = {}): AccessOptions {
  const parsed = accessOptionsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalidInput('access.invalid_options', fieldProblemsOf(parsed.error, 'options'));
}
