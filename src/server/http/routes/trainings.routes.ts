import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  coveragePageSchema,
  coverageQuerySchema,
  listTrainingsQuerySchema,
  projectStaffRequestSchema,
  trainingSessionBaseSchema,
  trainingSessionRequestSchema,
  trainingSessionSchema,
} from '../../../core/capacity/training.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import { exportTrainings } from '../../services/capacity/export-trainings.js';
import {
  getProjectStaff,
  listTrainablePeople,
  setProjectStaff,
  trainingCoverage,
} from '../../services/capacity/training-coverage.service.js';
import {
  getTraining,
  listTrainings,
  recordTraining,
  reviseTraining,
} from '../../services/capacity/trainings.service.js';
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

const BASE = '/api/v1/trainings';
const tags = ['trainings'];
const people = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });

const createRoute = defineRoute('trainings.create', {
  method: 'post',
  path: BASE,
  tags,
  summary:
    'Record a training session with participants by organisation type × sex and named staff; send an Idempotency-Key to make retries safe',
  request: {
    headers: z.object({ 'idempotency-key': z.string().trim().min(8).max(200).optional() }),
    body: jsonBody(trainingSessionRequestSchema),
  },
  responses: {
    201: jsonResponse(trainingSessionSchema, 'The session'),
    200: jsonResponse(trainingSessionSchema, 'A retry: the session first recorded'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'The key was used for another request'),
  },
});

const listRoute = defineRoute('trainings.list', {
  method: 'get',
  path: BASE,
  tags,
  summary: 'Sessions in your countries, filtered, sorted and paginated (audited)',
  request: { query: listTrainingsQuerySchema },
  responses: { 200: jsonResponse(pageOf(trainingSessionSchema), 'One page'), ...protectedErrors },
});

const coverageRoute = defineRoute('trainings.coverage', {
  method: 'get',
  path: `${BASE}/coverage`,
  tags,
  summary:
    'Share of each project’s staff trained per topic, flagged below the target (default 80 %)',
  request: { query: coverageQuerySchema },
  responses: { 200: jsonResponse(coveragePageSchema, 'Per project × topic'), ...protectedErrors },
});

const exportRoute = defineRoute('trainings.export', {
  method: 'get',
  path: `${BASE}/export`,
  tags,
  summary:
    'Sessions as CSV or XLSX with an HXL row; viewers (or published=true) get country × topic rows with small cells suppressed; audited',
  request: {
    query: listTrainingsQuerySchema.omit({ page: true, pageSize: true, sort: true }).extend({
      format: z.enum(['csv', 'xlsx']),
      published: z.enum(['true', 'false']).default('false'),
    }),
  },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

const peopleRoute = defineRoute('trainings.list', {
  method: 'get',
  path: `${BASE}/people`,
  tags,
  summary: 'The active staff of the organisation who can be named as trainees or project staff',
  responses: { 200: jsonResponse(people, 'By name'), ...protectedErrors },
});

const getRoute = defineRoute('trainings.read', {
  method: 'get',
  path: `${BASE}/{id}`,
  tags,
  summary: 'One session in full (audited)',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(trainingSessionSchema, 'The session'), ...protectedErrors },
});

const updateRoute = defineRoute('trainings.update', {
  method: 'put',
  path: `${BASE}/{id}`,
  tags,
  summary: 'Revise a session (the whole entry, with the version you read)',
  request: {
    params: idParamSchema,
    body: jsonBody(trainingSessionBaseSchema.extend({ version: z.number().int().min(1) }).strict()),
  },
  responses: {
    200: jsonResponse(trainingSessionSchema, 'The session'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version (the current one in details)'),
  },
});

const getStaffRoute = defineRoute('trainings.list', {
  method: 'get',
  path: '/api/v1/projects/{id}/staff',
  tags,
  summary: 'The staff of a project, from whom training coverage is computed',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(people.extend({ projectId: z.uuid() }), 'The staff'),
    ...protectedErrors,
  },
});

const setStaffRoute = defineRoute('trainings.staff', {
  method: 'put',
  path: '/api/v1/projects/{id}/staff',
  tags,
  summary: 'Replace the staff of a project (active users of your organisation); audited',
  request: { params: idParamSchema, body: jsonBody(projectStaffRequestSchema) },
  responses: {
    200: jsonResponse(people.extend({ projectId: z.uuid() }), 'The staff'),
    ...protectedErrors,
  },
});

/** Training sessions, coverage, exports and project staff; static paths before /{id}. */
export function registerTrainingRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) => {
    const key = c.req.valid('header')['idempotency-key'];
    const { session, isReplay } = await recordTraining(c.get('ctx'), c.req.valid('json'), key);
    return c.json(session, isReplay ? 200 : 201);
  });
  app.openapi(listRoute, async (c) =>
    c.json(await listTrainings(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(coverageRoute, async (c) =>
    c.json(await trainingCoverage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(exportRoute, async (c) => {
    const { format, published, ...filter } = c.req.valid('query');
    return sendFile(c, await exportTrainings(c.get('ctx'), filter, format, published === 'true'));
  });
  app.openapi(peopleRoute, async (c) => c.json(await listTrainablePeople(c.get('ctx')), 200));
  app.openapi(getRoute, async (c) =>
    c.json(await getTraining(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await reviseTraining(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(getStaffRoute, async (c) =>
    c.json(await getProjectStaff(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(setStaffRoute, async (c) =>
    c.json(
      await setProjectStaff(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').userIds),
      200,
    ),
  );
}
