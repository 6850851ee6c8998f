/**
 * One aggregated reach row: people a project reached in a location over a period, for one
 * sex × age bracket × disability cell. Shared by the API, the web form and imports.
 */
import { z } from 'zod';
import { SEXES } from '../feedback/feedback.schema.js';
import { pcodeSchema } from '../risk/risk-analysis.schema.js';
import { DISABILITY_STATUSES } from './washington-group.js';

export const reachRowSchema = z
  .object({
    projectId: z.uuid(),
    locationPcode: pcodeSchema,
    periodStart: z.iso.date(),
    periodEnd: z.iso.date(),
    sex: z.enum(SEXES),
    /** Code of a bracket of the organisation's set. */
    ageBracket: z.string().regex(/^[0-9a-z+_-]{1,20}$/),
    disability: z.enum(DISABILITY_STATUSES),
    count: z.number().int().nonnegative().max(100_000_000),
  })
  .strict()
  .refine((row) => row.periodEnd >= row.periodStart, {
    path: ['periodEnd'],
    message: 'the period cannot end before it starts',
    params: { code: 'before_start' },
  });

export type ReachRow = z.infer<typeof reachRowSchema>;
