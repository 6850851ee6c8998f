import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  createReachRequestSchema,
  listReachQuerySchema,
  reachCountSchema,
  reachEntryResultSchema,
  reachFilterSchema,
} from '../../../core/reach/reach-entry.schema.js';
import {
  IMPORT_KINDS,
  dryRunResultSchema,
  reachImportSchema,
} from '../../../core/reach/reach-import.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import { exportReach } from '../../services/reach/export-reach.js';
import { getReachImport, startReachImport } from '../../services/reach/import-reach.js';
import { bytesSource } from '../../services/reach/read-rows.js';
import { enterReach, listReach } from '../../services/reach/reach.service.js';
import type { AppEnv } from '../app-env.js';
import { sendFile, uploadedFile } from '../files.js';
import { idParamSchema, jsonBody, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const createRoute = defineRoute('reach.create', {
  method: 'post',
  path: '/api/v1/reach',
  tags: ['reach'],
  summary: 'Enter the people a project reached in a place over a period, by sex × age × disability',
  request: { body: jsonBody(createReachRequestSchema) },
  responses: { 201: jsonResponse(reachEntryResultSchema, 'Recorded'), ...protectedErrors },
});

const listRoute = defineRoute('reach.list', {
  method: 'get',
  path: '/api/v1/reach',
  tags: ['reach'],
  summary: 'Reach cells (staff), filtered by project, place and period, paginated',
  request: { query: listReachQuerySchema },
  responses: { 200: jsonResponse(pageOf(reachCountSchema), 'One page'), ...protectedErrors },
});

const importFormSchema = z
  .object({
    file: z.any().openapi({ type: 'string', format: 'binary' }),
    projectId: z.uuid(),
    kind: z.enum(IMPORT_KINDS).default('aggregated'),
    dryRun: z.enum(['true', 'false']).default('false'),
    periodStart: z.iso.date().optional(),
    periodEnd: z.iso.date().optional(),
  })
  .refine((f) => !f.periodStart || !f.periodEnd || f.periodEnd >= f.periodStart, {
    path: ['periodEnd'],
    message: 'the period cannot end before it starts',
  });

const importRoute = defineRoute('reach.import', {
  method: 'post',
  path: '/api/v1/reach/imports',
  tags: ['reach'],
  summary:
    'Import reach cells or individual records (CSV, XLSX, Kobo export, HXL): dryRun=true checks and answers the outcome; otherwise the import starts (202) and its progress is read back',
  request: {
    body: { required: true, content: { 'multipart/form-data': { schema: importFormSchema } } },
  },
  responses: {
    200: jsonResponse(dryRunResultSchema, 'Dry run: every row is valid'),
    202: jsonResponse(reachImportSchema, 'Started'),
    ...protectedErrors,
  },
});

const importStatusRoute = defineRoute('reach.import', {
  method: 'get',
  path: '/api/v1/reach/imports/{id}',
  tags: ['reach'],
  summary: 'Progress and outcome of an import (rows read and written, status, bad rows)',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(reachImportSchema, 'The import'), ...protectedErrors },
});

const exportRoute = defineRoute('reach.export', {
  method: 'get',
  path: '/api/v1/reach/export',
  tags: ['reach'],
  summary:
    'Reach table as CSV or XLSX with an HXL row; viewers (or published=true) get places × periods with small cells suppressed; audited',
  request: {
    query: reachFilterSchema.extend({
      format: z.enum(['csv', 'xlsx']),
      published: z.enum(['true', 'false']).default('false'),
    }),
  },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

/** Reach figures: form entry, list, imports and their progress, exports. */
export function registerReachRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) =>
    c.json(await enterReach(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(listRoute, async (c) =>
    c.json(await listReach(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(importRoute, async (c) => {
    const { file, periodStart, periodEnd, dryRun, ...fields } = c.req.valid('form');
    const upload = await uploadedFile(file);
    const period = periodStart && periodEnd ? { start: periodStart, end: periodEnd } : undefined;
    const result = await startReachImport(c.get('ctx'), bytesSource(upload.name, upload.bytes), {
      ...fields,
      dryRun: dryRun === 'true',
      period,
    });
    if ('dryRun' in result) return c.json({ ...result, dryRun: true as const }, 200);
    return c.json(result, 202);
  });
  app.openapi(importStatusRoute, async (c) =>
    c.json(await getReachImport(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(exportRoute, async (c) => {
    const { format, published, ...filter } = c.req.valid('query');
    return sendFile(c, await exportReach(c.get('ctx'), filter, format, published === 'true'));
  });
}
