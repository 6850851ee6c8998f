import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  gazetteerImportResultSchema,
  listLocationsQuerySchema,
  locationDetailSchema,
  locationSchema,
  pcodeSchema,
} from '../../../core/locations/location.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import { importGazetteer } from '../../services/locations/import-gazetteer.js';
import { getLocation, listLocations } from '../../services/locations/locations.service.js';
import type { AppEnv } from '../app-env.js';
import { uploadedFile } from '../files.js';
import { jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const importRoute = defineRoute('locations.import', {
  method: 'post',
  path: '/api/v1/locations/import',
  tags: ['locations'],
  summary:
    'Import a gazetteer (COD-AB CSV or XLSX, multipart field "file"): validated first, problems by line and column; upserted by P-code, all places or none; dryRun=true only validates and counts; retireMissing=true retires the places of its countries and levels it no longer has; old P-code columns are recorded as code changes',
  request: {
    query: z.object({
      dryRun: z.enum(['true', 'false']).default('false'),
      retireMissing: z.enum(['true', 'false']).default('false'),
    }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(gazetteerImportResultSchema, 'Imported (or validated): counts'),
    ...protectedErrors,
  },
});

const listRoute = defineRoute('locations.list', {
  method: 'get',
  path: '/api/v1/locations',
  tags: ['locations'],
  summary:
    'Places by level, parent or country; q matches names in any language and P-codes (case and accents ignored); sorted by P-code or by name in your language',
  request: { query: listLocationsQuerySchema },
  responses: {
    200: jsonResponse(pageOf(locationSchema), 'One page of places'),
    ...protectedErrors,
  },
});

const getRoute = defineRoute('locations.list', {
  method: 'get',
  path: '/api/v1/locations/{pcode}',
  tags: ['locations'],
  summary: 'A place with its ancestors (breadcrumb) and its number of children',
  request: { params: z.object({ pcode: pcodeSchema }) },
  responses: { 200: jsonResponse(locationDetailSchema, 'The place'), ...protectedErrors },
});

/** The gazetteer: import, list, one place. */
export function registerLocationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(importRoute, async (c) => {
    const file = await uploadedFile(c.req.valid('form').file);
    const query = c.req.valid('query');
    const options = {
      dryRun: query.dryRun === 'true',
      retireMissing: query.retireMissing === 'true',
    };
    return c.json(await importGazetteer(c.get('ctx'), file, options), 200);
  });
  app.openapi(listRoute, async (c) =>
    c.json(await listLocations(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await getLocation(c.get('ctx'), c.req.valid('param').pcode), 200),
  );
}
