import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  accessQuerySchema,
  accessReportSchema,
  reachTableQuerySchema,
  reachTableSchema,
} from '../../../core/access/access-report.schema.js';
import { analyseAccess } from '../../services/access/meaningful-access.service.js';
import { reachTable } from '../../services/access/reach-table.service.js';
import type { AppEnv } from '../app-env.js';
import { jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const analysisRoute = defineRoute('access.read', {
  method: 'get',
  path: '/api/v1/access/analysis',
  tags: ['meaningful access'],
  summary:
    "Each group's share of the people reached against its share of the population, with exclusion alerts",
  request: { query: accessQuerySchema },
  responses: { 200: jsonResponse(accessReportSchema, 'The analysis'), ...protectedErrors },
});

const tableRoute = defineRoute('access.table', {
  method: 'get',
  path: '/api/v1/access/table',
  tags: ['meaningful access'],
  summary: 'People reached by place at one admin level and by sex, age bracket or disability',
  request: { query: reachTableQuerySchema },
  responses: { 200: jsonResponse(reachTableSchema, 'The table'), ...protectedErrors },
});

/** The meaningful-access analysis and the disaggregated reach table. */
export function registerAccessRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(analysisRoute, async (c) =>
    c.json(await analyseAccess(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(tableRoute, async (c) =>
    c.json(await reachTable(c.get('ctx'), c.req.valid('query')), 200),
  );
}
