import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  listServicesQuerySchema,
  pathwayQuerySchema,
  pathwaySchema,
  serviceEntryBaseSchema,
  serviceFilterSchema,
  serviceSchema,
  SERVICE_TYPES,
  updateServiceRequestSchema,
} from '../../../core/services/service.schema.js';
import {
  createService,
  getService,
  listServicesPage,
  updateService,
} from '../../services/directory/directory.service.js';
import { exportDirectory } from '../../services/directory/export-directory.js';
import { exportHsds, importHsds } from '../../services/directory/hsds.service.js';
import { referralPathway } from '../../services/directory/pathway.service.js';
import type { AppEnv } from '../app-env.js';
import { sendFile, uploadedFile } from '../files.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const BASE = '/api/v1/directory';
const tags = ['service directory'];

const listRoute = defineRoute('directory.list', {
  method: 'get',
  path: `${BASE}/services`,
  tags,
  summary:
    'Search services by type, place (with the places above it), language, accessibility, cost',
  request: { query: listServicesQuerySchema },
  responses: { 200: jsonResponse(pageOf(serviceSchema), 'One page'), ...protectedErrors },
});

const createRoute = defineRoute('directory.create', {
  method: 'post',
  path: `${BASE}/services`,
  tags,
  summary: 'Add a service serving places of one country',
  request: { body: jsonBody(serviceEntryBaseSchema) },
  responses: { 201: jsonResponse(serviceSchema, 'The service'), ...protectedErrors },
});

const pathwayRoute = defineRoute('directory.list', {
  method: 'get',
  path: `${BASE}/pathway`,
  tags,
  summary: 'The referral pathway of a place and service type, in the chosen language',
  request: { query: pathwayQuerySchema },
  responses: { 200: jsonResponse(pathwaySchema, 'The pathway'), ...protectedErrors },
});

const exportRoute = defineRoute('directory.export', {
  method: 'get',
  path: `${BASE}/export`,
  tags,
  summary: 'The directory as CSV or XLSX with an HXL row, or an HSDS 3.0 data package (ZIP)',
  request: { query: serviceFilterSchema.extend({ format: z.enum(['csv', 'xlsx', 'hsds']) }) },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

const importFormSchema = z.object({
  files: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
  type: z.enum(SERVICE_TYPES).default('other'),
  locationPcode: z.string().trim().min(2).max(20).optional(),
  dryRun: z.enum(['true', 'false']).default('false'),
});

const importRoute = defineRoute('directory.import', {
  method: 'post',
  path: `${BASE}/imports`,
  tags,
  summary:
    'Import an Open Referral HSDS package (a ZIP, or its CSV files and datapackage.json; 3.0, or 1.1 mapped onto 3.0): every service or none',
  request: {
    body: { required: true, content: { 'multipart/form-data': { schema: importFormSchema } } },
  },
  responses: {
    200: jsonResponse(
      z.object({
        dryRun: z.boolean(),
        version: z.enum(['3.0', 'older']),
        created: z.number().int(),
        updated: z.number().int(),
      }),
      'Imported (or checked, on a dry run)',
    ),
    ...protectedErrors,
  },
});

const getRoute = defineRoute('directory.read', {
  method: 'get',
  path: `${BASE}/services/{id}`,
  tags,
  summary: 'One service',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(serviceSchema, 'The service'), ...protectedErrors },
});

const updateRoute = defineRoute('directory.update', {
  method: 'put',
  path: `${BASE}/services/{id}`,
  tags,
  summary: 'Revise or verify a service (the whole entry, with the version you read)',
  request: { params: idParamSchema, body: jsonBody(updateServiceRequestSchema) },
  responses: {
    200: jsonResponse(serviceSchema, 'The service'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version (the current one in details)'),
  },
});

/** The uploaded files of the `files` field (one or several). */
async function filesOf(value: unknown) {
  const values = Array.isArray(value) ? value : [value];
  return Promise.all(values.map((v) => uploadedFile(v)));
}

/** The service directory: search, pathways, exports and HSDS imports, then one service. */
export function registerDirectoryRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) =>
    c.json(await listServicesPage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(createRoute, async (c) =>
    c.json(await createService(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(pathwayRoute, async (c) =>
    c.json(await referralPathway(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(exportRoute, async (c) => {
    const { format, ...filter } = c.req.valid('query');
    const ctx = c.get('ctx');
    const file =
      format === 'hsds'
        ? await exportHsds(ctx, filter)
        : await exportDirectory(ctx, filter, format);
    return sendFile(c, file);
  });
  app.openapi(importRoute, async (c) => {
    const { files, type, locationPcode, dryRun } = c.req.valid('form');
    const parts = await filesOf(files);
    const options = { type, locationPcode: locationPcode ?? null, dryRun: dryRun === 'true' };
    return c.json(await importHsds(c.get('ctx'), parts, options), 200);
  });
  app.openapi(getRoute, async (c) =>
    c.json(await getService(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await updateService(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
