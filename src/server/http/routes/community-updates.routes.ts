import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  communityUpdateSchema,
  createCommunityUpdateSchema,
  updateCommunityUpdateSchema,
} from '../../../core/feedback/community-update.schema.js';
import {
  createCommunityUpdate,
  listCommunityUpdates,
  updateCommunityUpdate,
} from '../../services/feedback/community-updates.service.js';
import type { AppEnv } from '../app-env.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const listRoute = defineRoute('feedback.list', {
  method: 'get',
  path: '/api/v1/community-updates',
  tags: ['feedback'],
  summary: '"You said, we did" updates of your organisation, newest first',
  responses: {
    200: jsonResponse(z.object({ items: z.array(communityUpdateSchema) }), 'Updates'),
    ...protectedErrors,
  },
});

const createRouteDef = defineRoute('feedback.update', {
  method: 'post',
  path: '/api/v1/community-updates',
  tags: ['feedback'],
  summary: 'Write a draft "you said, we did" update in the community’s language',
  request: { body: jsonBody(createCommunityUpdateSchema) },
  responses: { 201: jsonResponse(communityUpdateSchema, 'The draft'), ...protectedErrors },
});

const updateRoute = defineRoute('feedback.update', {
  method: 'patch',
  path: '/api/v1/community-updates/{id}',
  tags: ['feedback'],
  summary:
    'Edit a draft, or publish it (published updates are public at /updates/{id} and no longer change)',
  request: { params: idParamSchema, body: jsonBody(updateCommunityUpdateSchema) },
  responses: {
    200: jsonResponse(communityUpdateSchema, 'The update'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale or already published'),
  },
});

/** "You said, we did". */
export function registerCommunityUpdateRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json(await listCommunityUpdates(c.get('ctx')), 200));
  app.openapi(createRouteDef, async (c) =>
    c.json(await createCommunityUpdate(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(
      await updateCommunityUpdate(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
