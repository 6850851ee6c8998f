/**
 * The meaningful-access report and the disaggregated reach table, as the API answers them and the
 * web pages read them. Counts are null where disclosure control withheld them (viewers).
 */
import { z } from 'zod';
import { pcodeSchema } from '../risk/risk-analysis.schema.js';

export const accessQuerySchema = z
  .object({
    project: z.uuid().optional(),
    location: pcodeSchema.optional(),
    periodFrom: z.iso.date().optional(),
    periodTo: z.iso.date().optional(),
  })
  .strict()
  .refine((q) => !q.periodFrom || !q.periodTo || q.periodFrom <= q.periodTo, {
    path: ['periodTo'],
    message: 'the period cannot end before it starts',
    params: { code: 'before_start' },
  });

export type AccessQuery = z.infer<typeof accessQuerySchema>;

export const ACCESS_STATUSES = [
  'excluded',
  'gap_below_minimum',
  'not_significant',
  'underpowered',
  'no_baseline',
  'no_reach',
] as const;

const share = z.number().min(0).max(1).nullable();

export const accessFindingSchema = z.object({
  group: z.object({
    sex: z.string().optional(),
    bracket: z.string().optional(),
    disability: z.string().optional(),
  }),
  label: z.string(),
  reached: z.number().int().nullable(),
  reachedShare: share,
  baselineShare: share,
  expected: z.number().nullable(),
  representation: z.number().nullable(),
  pValue: z.number().nullable(),
  adjustedPValue: z.number().nullable(),
  status: z.enum(ACCESS_STATUSES),
  /** The group's count is below the disclosure threshold and withheld (viewers). */
  suppressed: z.boolean(),
});

export type AccessFindingView = z.infer<typeof accessFindingSchema>;

export const accessReportSchema = z.object({
  reachedTotal: z.number().int().nullable(),
  baselineTotal: z.number().nullable(),
  /** Places where people were reached but no baseline exists: their people are left out. */
  placesWithoutBaseline: z.array(z.string()),
  findings: z.array(accessFindingSchema),
  alerts: z.array(accessFindingSchema),
  test: z.object({
    alpha: z.number(),
    minRelativeGap: z.number(),
    correction: z.enum(['holm', 'benjamini_hochberg']),
  }),
  /** The disclosure threshold applied, or null when nothing was withheld (staff). */
  disclosureThreshold: z.number().int().nullable(),
});

export type AccessReport = z.infer<typeof accessReportSchema>;

export const TABLE_COLUMNS = ['sex', 'bracket', 'disability'] as const;

export const reachTableQuerySchema = z
  .object({
    project: z.uuid().optional(),
    location: pcodeSchema.optional(),
    periodFrom: z.iso.date().optional(),
    periodTo: z.iso.date().optional(),
    level: z.coerce.number().int().min(0).max(3).default(1),
    columns: z.enum(TABLE_COLUMNS).default('sex'),
  })
  .strict();

export type ReachTableQuery = z.infer<typeof reachTableQuerySchema>;

export const reachTableSchema = z.object({
  level: z.number().int(),
  columns: z.enum(TABLE_COLUMNS),
  rows: z.array(z.object({ pcode: z.string(), name: z.string() })),
  columnKeys: z.array(z.string()),
  cells: z.array(z.array(z.number().int().nullable())),
  rowTotals: z.array(z.number().int().nullable()),
  columnTotals: z.array(z.number().int().nullable()),
  grandTotal: z.number().int().nullable(),
  disclosureThreshold: z.number().int().nullable(),
});

export type ReachTable = z.infer<typeof reachTableSchema>;
