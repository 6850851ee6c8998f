import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  listMilestonesQuerySchema,
  milestoneRequestSchema,
  milestoneSchema,
  pillarProgressSchema,
  updateMilestoneRequestSchema,
} from '../../../core/capacity/roadmap.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  addMilestone,
  exportRoadmap,
  listRoadmap,
  reviseMilestone,
  roadmapPillarProgress,
} from '../../services/capacity/roadmap.service.js';
import type { AppEnv } from '../app-env.js';
import { sendFile } from '../files.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const BASE = '/api/v1/roadmap';
const tags = ['protection roadmap'];

const listRoute = defineRoute('roadmap.list', {
  method: 'get',
  path: `${BASE}/milestones`,
  tags,
  summary:
    'Milestones under the five pillars, filtered (pillar, status, overdue), sorted, paginated',
  request: { query: listMilestonesQuerySchema },
  responses: { 200: jsonResponse(pageOf(milestoneSchema), 'One page'), ...protectedErrors },
});

const progressRoute = defineRoute('roadmap.list', {
  method: 'get',
  path: `${BASE}/progress`,
  tags,
  summary: 'Progress per pillar: share of milestones done, overdue ones counted',
  responses: {
    200: jsonResponse(z.object({ items: z.array(pillarProgressSchema) }), 'Every pillar'),
    ...protectedErrors,
  },
});

const exportRoute = defineRoute('roadmap.export', {
  method: 'get',
  path: `${BASE}/export`,
  tags,
  summary: 'The roadmap as CSV or XLSX with an HXL row; audited',
  request: { query: z.object({ format: z.enum(['csv', 'xlsx']) }) },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

const addRoute = defineRoute('roadmap.create', {
  method: 'post',
  path: `${BASE}/milestones`,
  tags,
  summary: 'Add a milestone',
  request: { body: jsonBody(milestoneRequestSchema) },
  responses: { 201: jsonResponse(milestoneSchema, 'The milestone'), ...protectedErrors },
});

const updateRoute = defineRoute('roadmap.update', {
  method: 'put',
  path: `${BASE}/milestones/{id}`,
  tags,
  summary: 'Change a milestone (status, evidence…) with the version you read',
  request: { params: idParamSchema, body: jsonBody(updateMilestoneRequestSchema) },
  responses: {
    200: jsonResponse(milestoneSchema, 'The milestone'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version (the current one in details)'),
  },
});

/** The protection roadmap: milestones, progress per pillar, export. */
export function registerRoadmapRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) =>
    c.json(await listRoadmap(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(progressRoute, async (c) => c.json(await roadmapPillarProgress(c.get('ctx')), 200));
  app.openapi(exportRoute, async (c) =>
    sendFile(c, await exportRoadmap(c.get('ctx'), c.req.valid('query').format)),
  );
  app.openapi(addRoute, async (c) =>
    c.json(await addMilestone(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await reviseMilestone(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
