import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { PROJECT_PHASES } from '../../../core/projects/phase.js';
import {
  createProjectRequestSchema,
  listProjectsQuerySchema,
  projectSchema,
  transitionRequestSchema,
  updateProjectRequestSchema,
} from '../../../core/projects/project.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  createProject,
  getProject,
  listProjectsPage,
  transitionProject,
  updateProject,
} from '../../services/projects.service.js';
import { listTransitions } from '../../services/transitions.service.js';
import type { AppEnv } from '../app-env.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const listRoute = defineRoute('projects.list', {
  method: 'get',
  path: '/api/v1/projects',
  tags: ['projects'],
  summary: 'Projects in your scope, filtered, sorted, paginated',
  request: { query: listProjectsQuerySchema },
  responses: {
    200: jsonResponse(pageOf(projectSchema), 'One page of projects'),
    ...protectedErrors,
  },
});

const createRouteDef = defineRoute('projects.create', {
  method: 'post',
  path: '/api/v1/projects',
  tags: ['projects'],
  summary: 'Register a project; it starts in design, pinned to the current checklist version',
  request: { body: jsonBody(createProjectRequestSchema) },
  responses: {
    201: jsonResponse(projectSchema, 'The new project'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Code in use'),
  },
});

const getRoute = defineRoute('projects.read', {
  method: 'get',
  path: '/api/v1/projects/{id}',
  tags: ['projects'],
  summary: 'One project',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(projectSchema, 'The project'), ...protectedErrors },
});

const updateRoute = defineRoute('projects.update', {
  method: 'patch',
  path: '/api/v1/projects/{id}',
  tags: ['projects'],
  summary: "Edit a project's description; carries the version seen",
  request: { params: idParamSchema, body: jsonBody(updateProjectRequestSchema) },
  responses: {
    200: jsonResponse(projectSchema, 'The project as changed'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version'),
  },
});

const transitionRoute = defineRoute('projects.transition', {
  method: 'post',
  path: '/api/v1/projects/{id}/transitions',
  tags: ['projects'],
  summary:
    'Move the project to another phase; endorsement → implementation needs every mandatory item met or waived',
  request: { params: idParamSchema, body: jsonBody(transitionRequestSchema) },
  responses: {
    200: jsonResponse(projectSchema, 'The project in its new phase'),
    ...protectedErrors,
    409: jsonResponse(
      errorBodySchema,
      'endorsement_blocked with details.items, or a step the life-cycle does not allow',
    ),
  },
});

const transitionSchema = z.object({
  from: z.enum(PROJECT_PHASES),
  to: z.enum(PROJECT_PHASES),
  by: z.string().nullable(),
  at: z.string(),
});

const listTransitionsRoute = defineRoute('projects.read', {
  method: 'get',
  path: '/api/v1/projects/{id}/transitions',
  tags: ['projects'],
  summary: "The project's phase changes, oldest first",
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(z.object({ items: z.array(transitionSchema) }), 'Phase changes'),
    ...protectedErrors,
  },
});

/** Projects and their life-cycle. */
export function registerProjectRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) =>
    c.json(await listProjectsPage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(createRouteDef, async (c) =>
    c.json(await createProject(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await getProject(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await updateProject(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(transitionRoute, async (c) =>
    c.json(
      await transitionProject(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').to),
      200,
    ),
  );
  app.openapi(listTransitionsRoute, async (c) =>
    c.json(await listTransitions(c.get('ctx'), c.req.valid('param').id), 200),
  );
}
