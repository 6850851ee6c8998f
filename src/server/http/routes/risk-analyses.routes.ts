import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  createInterventionRequestSchema,
  interventionSchema,
} from '../../../core/risk/intervention.schema.js';
import { riskAnalysisEntrySchema } from '../../../core/risk/risk-analysis.schema.js';
import {
  linkProjectsRequestSchema,
  listRiskAnalysesQuerySchema,
  riskAnalysisSchema,
  riskAnalysisSummarySchema,
  riskHistoryQuerySchema,
  riskPrioritiesQuerySchema,
  riskPrioritySchema,
  updateRiskAnalysisRequestSchema,
} from '../../../core/risk/risk-analysis-api.schema.js';
import { riskHistorySchema } from '../../../core/risk/risk-history.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import { listProtectionRisks } from '../../services/risk/protection-risks.service.js';
import {
  createRiskAnalysis,
  getRiskAnalysis,
  listRiskAnalysesPage,
  updateRiskAnalysis,
} from '../../services/risk/risk-analyses.service.js';
import {
  addIntervention,
  linkProjects,
  listAnalysisInterventions,
} from '../../services/risk/risk-links.service.js';
import { riskHistory, riskPriorities } from '../../services/risk/risk-priorities.service.js';
import type { AppEnv } from '../app-env.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const BASE = '/api/v1/risk-analyses';
const tags = ['risk analyses'];

const risksRoute = defineRoute('risk.list', {
  method: 'get',
  path: '/api/v1/protection-risks',
  tags,
  summary: "GPC's standard protection risks, named and described in your language",
  responses: {
    200: jsonResponse(
      z.object({
        items: z.array(z.object({ code: z.string(), name: z.string(), description: z.string() })),
      }),
      'The risks',
    ),
    ...protectedErrors,
  },
});

const createRoute = defineRoute('risk.create', {
  method: 'post',
  path: BASE,
  tags,
  summary: 'Record the analysis of one risk in one place on one date; score and band computed',
  request: { body: jsonBody(riskAnalysisEntrySchema) },
  responses: {
    201: jsonResponse(riskAnalysisSchema, 'The analysis'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'This place, risk and date already have an analysis'),
  },
});

const listRoute = defineRoute('risk.list', {
  method: 'get',
  path: BASE,
  tags,
  summary: 'Analyses in your countries, filtered, sorted and paginated (audited)',
  request: { query: listRiskAnalysesQuerySchema },
  responses: {
    200: jsonResponse(pageOf(riskAnalysisSummarySchema), 'One page'),
    ...protectedErrors,
  },
});

const prioritiesRoute = defineRoute('risk.list', {
  method: 'get',
  path: `${BASE}/priorities`,
  tags,
  summary: 'Who is most at risk where: the latest analysis per place × risk, ranked (audited)',
  request: { query: riskPrioritiesQuerySchema },
  responses: { 200: jsonResponse(pageOf(riskPrioritySchema), 'Ranked'), ...protectedErrors },
});

const historyRoute = defineRoute('risk.list', {
  method: 'get',
  path: `${BASE}/history`,
  tags,
  summary: 'One risk in one place over time, with the change as protection outcomes (audited)',
  request: { query: riskHistoryQuerySchema },
  responses: { 200: jsonResponse(riskHistorySchema, 'The series'), ...protectedErrors },
});

const getRoute = defineRoute('risk.read', {
  method: 'get',
  path: `${BASE}/{id}`,
  tags,
  summary: 'One analysis in full (audited)',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(riskAnalysisSchema, 'The analysis'), ...protectedErrors },
});

const updateRoute = defineRoute('risk.update', {
  method: 'put',
  path: `${BASE}/{id}`,
  tags,
  summary: 'Revise an analysis (the whole entry, with the version you read)',
  request: { params: idParamSchema, body: jsonBody(updateRiskAnalysisRequestSchema) },
  responses: {
    200: jsonResponse(riskAnalysisSchema, 'The analysis'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version (the current one in details) or duplicate'),
  },
});

const projectsRoute = defineRoute('risk.update', {
  method: 'put',
  path: `${BASE}/{id}/projects`,
  tags,
  summary: 'Set the projects that target this risk (in your scope, in its country)',
  request: { params: idParamSchema, body: jsonBody(linkProjectsRequestSchema) },
  responses: { 200: jsonResponse(riskAnalysisSchema, 'The analysis'), ...protectedErrors },
});

const addInterventionRoute = defineRoute('risk.update', {
  method: 'post',
  path: `${BASE}/{id}/interventions`,
  tags,
  summary: 'Record a specialised protection intervention against this risk',
  request: { params: idParamSchema, body: jsonBody(createInterventionRequestSchema) },
  responses: { 201: jsonResponse(interventionSchema, 'The intervention'), ...protectedErrors },
});

const listInterventionsRoute = defineRoute('risk.read', {
  method: 'get',
  path: `${BASE}/{id}/interventions`,
  tags,
  summary: 'The interventions recorded against this risk (audited)',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(z.object({ items: z.array(interventionSchema) }), 'Oldest first'),
    ...protectedErrors,
  },
});

/** Protection risk analyses; static paths before /{id}, whose validator would claim them. */
export function registerRiskAnalysisRoutes(app: OpenAPIHono<AppEnv>) {
  const ctx = (c: { get: (key: 'ctx') => AppEnv['Variables']['ctx'] }) => c.get('ctx');
  app.openapi(risksRoute, async (c) => c.json(await listProtectionRisks(ctx(c)), 200));
  app.openapi(prioritiesRoute, async (c) =>
    c.json(await riskPriorities(ctx(c), c.req.valid('query')), 200),
  );
  app.openapi(historyRoute, async (c) =>
    c.json(await riskHistory(ctx(c), c.req.valid('query')), 200),
  );
  app.openapi(createRoute, async (c) =>
    c.json(await createRiskAnalysis(ctx(c), c.req.valid('json')), 201),
  );
  app.openapi(listRoute, async (c) =>
    c.json(await listRiskAnalysesPage(ctx(c), c.req.valid('query')), 200),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await getRiskAnalysis(ctx(c), c.req.valid('param').id), 200),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await updateRiskAnalysis(ctx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(projectsRoute, async (c) =>
    c.json(await linkProjects(ctx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(addInterventionRoute, async (c) =>
    c.json(await addIntervention(ctx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(listInterventionsRoute, async (c) =>
    c.json(await listAnalysisInterventions(ctx(c), c.req.valid('param').id), 200),
  );
}
