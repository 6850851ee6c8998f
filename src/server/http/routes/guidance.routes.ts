import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  focalPointRequestSchema,
  focalPointSchema,
  listFocalPointsQuerySchema,
  updateFocalPointRequestSchema,
} from '../../../core/capacity/focal-point.schema.js';
import {
  guidanceEntrySchema,
  guidanceRequestSchema,
  searchGuidanceQuerySchema,
  updateGuidanceRequestSchema,
} from '../../../core/capacity/guidance.schema.js';
import {
  addFocalPoint,
  removeFocalPoint,
  reviseFocalPoint,
  whoToCall,
} from '../../services/capacity/focal-points.service.js';
import {
  addGuidance,
  editGuidance,
  editShippedGuidance,
  searchGuidance,
} from '../../services/capacity/guidance.service.js';
import type { AppEnv } from '../app-env.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const conflict = {
  409: jsonResponse(errorBodySchema, 'Stale version, or the area already has a focal point'),
};

const searchRoute = defineRoute('guidance.list', {
  method: 'get',
  path: '/api/v1/guidance',
  tags: ['guidance'],
  summary: 'The guidance library, searched in the four languages (accents and case ignored)',
  request: { query: searchGuidanceQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(guidanceEntrySchema), total: z.number().int() }),
      'Matches',
    ),
    ...protectedErrors,
  },
});

const addRoute = defineRoute('guidance.create', {
  method: 'post',
  path: '/api/v1/guidance',
  tags: ['guidance'],
  summary: 'Add guidance of the organisation’s own',
  request: { body: jsonBody(guidanceRequestSchema) },
  responses: { 201: jsonResponse(guidanceEntrySchema, 'The entry'), ...protectedErrors },
});

const editRoute = defineRoute('guidance.update', {
  method: 'put',
  path: '/api/v1/guidance/{id}',
  tags: ['guidance'],
  summary: 'Revise an entry the organisation stored, with the version you read',
  request: { params: idParamSchema, body: jsonBody(updateGuidanceRequestSchema) },
  responses: {
    200: jsonResponse(guidanceEntrySchema, 'The entry'),
    ...protectedErrors,
    ...conflict,
  },
});

const editShippedRoute = defineRoute('guidance.update', {
  method: 'put',
  path: '/api/v1/guidance/content/{code}',
  tags: ['guidance'],
  summary: 'Edit a shipped entry for your organisation (version 0 for the first edit)',
  request: {
    params: z.object({ code: z.string().regex(/^[a-z0-9_]{1,100}$/) }),
    body: jsonBody(updateGuidanceRequestSchema),
  },
  responses: {
    200: jsonResponse(guidanceEntrySchema, 'The entry'),
    ...protectedErrors,
    ...conflict,
  },
});

const listFocalRoute = defineRoute('focalPoints.list', {
  method: 'get',
  path: '/api/v1/focal-points',
  tags: ['focal points'],
  summary: 'Who to call: focal points per area in the country offices of your scope (audited)',
  request: { query: listFocalPointsQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(focalPointSchema) }),
      'By country, office and area',
    ),
    ...protectedErrors,
  },
});

const addFocalRoute = defineRoute('focalPoints.create', {
  method: 'post',
  path: '/api/v1/focal-points',
  tags: ['focal points'],
  summary: 'Name the focal point of an area in a country office',
  request: { body: jsonBody(focalPointRequestSchema) },
  responses: {
    201: jsonResponse(focalPointSchema, 'The focal point'),
    ...protectedErrors,
    ...conflict,
  },
});

const editFocalRoute = defineRoute('focalPoints.update', {
  method: 'put',
  path: '/api/v1/focal-points/{id}',
  tags: ['focal points'],
  summary: 'Change a focal point, with the version you read',
  request: { params: idParamSchema, body: jsonBody(updateFocalPointRequestSchema) },
  responses: {
    200: jsonResponse(focalPointSchema, 'The focal point'),
    ...protectedErrors,
    ...conflict,
  },
});

const removeFocalRoute = defineRoute('focalPoints.delete', {
  method: 'delete',
  path: '/api/v1/focal-points/{id}',
  tags: ['focal points'],
  summary: 'Remove a focal point',
  request: { params: idParamSchema },
  responses: { 204: { description: 'Removed' }, ...protectedErrors },
});

/** The guidance library and the focal points. */
export function registerGuidanceRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(searchRoute, async (c) =>
    c.json(await searchGuidance(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(addRoute, async (c) =>
    c.json(await addGuidance(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(editShippedRoute, async (c) =>
    c.json(
      await editShippedGuidance(c.get('ctx'), c.req.valid('param').code, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(editRoute, async (c) =>
    c.json(await editGuidance(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(listFocalRoute, async (c) =>
    c.json(await whoToCall(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(addFocalRoute, async (c) =>
    c.json(await addFocalPoint(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(editFocalRoute, async (c) =>
    c.json(await reviseFocalPoint(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(removeFocalRoute, async (c) => {
    await removeFocalPoint(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
