import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  baselineSchema,
  createBaselineRequestSchema,
  listBaselinesQuerySchema,
} from '../../../core/reach/baseline.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import { importBaselines } from '../../services/reach/baseline-import.js';
import {
  createBaseline,
  getBaseline,
  listBaselinesPage,
} from '../../services/reach/baselines.service.js';
import { exportBaseline } from '../../services/reach/export-reach.js';
import { bytesSource } from '../../services/reach/read-rows.js';
import type { AppEnv } from '../app-env.js';
import { sendFile, uploadedFile } from '../files.js';
import { idParamSchema, jsonBody, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const createRoute = defineRoute('baselines.create', {
  method: 'post',
  path: '/api/v1/baselines',
  tags: ['baselines'],
  summary: "Record a place's population at a date by sex × age bracket × disability, with source",
  request: { body: jsonBody(createBaselineRequestSchema) },
  responses: {
    201: jsonResponse(baselineSchema, 'Recorded'),
    ...protectedErrors,
    409: jsonResponse(baselineSchema, 'Same place, date and source already recorded'),
  },
});

const listRoute = defineRoute('baselines.list', {
  method: 'get',
  path: '/api/v1/baselines',
  tags: ['baselines'],
  summary: 'Baselines of places in your scope, filtered and paginated',
  request: { query: listBaselinesQuerySchema },
  responses: { 200: jsonResponse(pageOf(baselineSchema), 'One page'), ...protectedErrors },
});

const getRoute = defineRoute('baselines.read', {
  method: 'get',
  path: '/api/v1/baselines/{id}',
  tags: ['baselines'],
  summary: 'One baseline with its counts',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(baselineSchema, 'The baseline'), ...protectedErrors },
});

const importRoute = defineRoute('baselines.create', {
  method: 'post',
  path: '/api/v1/baselines/imports',
  tags: ['baselines'],
  summary:
    'Import baselines (CSV, XLSX, HXL `#population+f+age0_4`…): one per place, all or none; dryRun=true only checks',
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.any().openapi({ type: 'string', format: 'binary' }),
            source: z.string().trim().min(2).max(300),
            referenceDate: z.iso.date(),
            dryRun: z.enum(['true', 'false']).default('false'),
          }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(
      z.object({
        rows: z.number().int(),
        baselines: z.number().int(),
        dryRun: z.boolean(),
        ids: z.array(z.uuid()),
      }),
      'Imported (or checked)',
    ),
    ...protectedErrors,
  },
});

const exportRoute = defineRoute('baselines.export', {
  method: 'get',
  path: '/api/v1/baselines/{id}/export',
  tags: ['baselines'],
  summary:
    'A baseline as CSV or XLSX with an HXL row; small cells suppressed for viewers (or published=true); audited',
  request: {
    params: idParamSchema,
    query: z.object({
      format: z.enum(['csv', 'xlsx']).default('csv'),
      published: z.enum(['true', 'false']).default('false'),
    }),
  },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

/** Population baselines: record, list, read, import, export. */
export function registerBaselineRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) =>
    c.json(await createBaseline(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(listRoute, async (c) =>
    c.json(await listBaselinesPage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(importRoute, async (c) => {
    const { file, dryRun, ...fields } = c.req.valid('form');
    const upload = await uploadedFile(file);
    return c.json(
      await importBaselines(c.get('ctx'), bytesSource(upload.name, upload.bytes), {
        ...fields,
        dryRun: dryRun === 'true',
      }),
      200,
    );
  });
  app.openapi(getRoute, async (c) =>
    c.json(await getBaseline(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(exportRoute, async (c) => {
    const { format, published } = c.req.valid('query');
    return sendFile(
      c,
      await exportBaseline(c.get('ctx'), c.req.valid('param').id, format, published === 'true'),
    );
  });
}
