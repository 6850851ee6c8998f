import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  actionSchema,
  createActionRequestSchema,
  updateActionRequestSchema,
} from '../../../core/projects/action.schema.js';
import {
  createAction,
  listActionsOfProject,
  listMyActions,
  updateAction,
} from '../../services/actions.service.js';
import type { AppEnv } from '../app-env.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const actionList = z.object({ items: z.array(actionSchema) });

const projectActionsRoute = defineRoute('actions.list', {
  method: 'get',
  path: '/api/v1/projects/{id}/actions',
  tags: ['actions'],
  summary: "The project's action plan",
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(actionList, 'Actions, due first'), ...protectedErrors },
});

const createActionRoute = defineRoute('actions.create', {
  method: 'post',
  path: '/api/v1/projects/{id}/actions',
  tags: ['actions'],
  summary: 'Add an action, from an item answered not met or partly when itemId is given',
  request: { params: idParamSchema, body: jsonBody(createActionRequestSchema) },
  responses: { 201: jsonResponse(actionSchema, 'The action'), ...protectedErrors },
});

const updateActionRoute = defineRoute('actions.update', {
  method: 'patch',
  path: '/api/v1/actions/{id}',
  tags: ['actions'],
  summary: 'Change status, owner, due date or text; carries the version seen',
  request: { params: idParamSchema, body: jsonBody(updateActionRequestSchema) },
  responses: {
    200: jsonResponse(actionSchema, 'The action as changed'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version'),
  },
});

const myActionsRoute = defineRoute('actions.list', {
  method: 'get',
  path: '/api/v1/actions/mine',
  tags: ['actions'],
  summary: 'Your open actions across projects, overdue first',
  responses: { 200: jsonResponse(actionList, 'Your actions'), ...protectedErrors },
});

/** Action plans. */
export function registerActionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(myActionsRoute, async (c) => c.json(await listMyActions(c.get('ctx')), 200));
  app.openapi(projectActionsRoute, async (c) =>
    c.json(await listActionsOfProject(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(createActionRoute, async (c) =>
    c.json(await createAction(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(updateActionRoute, async (c) =>
    c.json(await updateAction(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
