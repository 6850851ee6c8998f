/** Reach imports: the request fields beside the file, the progress and the outcome. */
import { z } from 'zod';

export const IMPORT_KINDS = ['aggregated', 'individual'] as const;
export const IMPORT_STATUSES = ['running', 'committed', 'failed'] as const;

export const reachImportFieldsSchema = z
  .object({
    projectId: z.uuid(),
    kind: z.enum(IMPORT_KINDS).default('aggregated'),
    dryRun: z.enum(['true', 'false']).default('false'),
    periodStart: z.iso.date().optional(),
    periodEnd: z.iso.date().optional(),
  })
  .refine((f) => !f.periodStart || !f.periodEnd || f.periodEnd >= f.periodStart, {
    path: ['periodEnd'],
    message: 'the period cannot end before it starts',
    params: { code: 'before_start' },
  });

export const rowProblemSchema = z.object({
  line: z.number().int(),
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.string()).optional(),
});

export const reachImportSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().nullable(),
  status: z.enum(IMPORT_STATUSES),
  rowsRead: z.number().int(),
  rowsWritten: z.number().int(),
  problems: z.array(rowProblemSchema),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ReachImport = z.infer<typeof reachImportSchema>;

export const dryRunResultSchema = z.object({
  dryRun: z.literal(true),
  rowsRead: z.number().int(),
  cells: z.number().int(),
  skippedRows: z.number().int(),
  ignoredColumns: z.array(z.string()),
});
