import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  committeeFieldsSchema,
  committeeMeetingFieldsSchema,
} from '../../../core/participation/committee.schema.js';
import {
  committeeMeetingSchema,
  committeeSchema,
  committeeSummarySchema,
  listCommitteesQuerySchema,
  updateCommitteeRequestSchema,
} from '../../../core/participation/participation-api.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  createCommittee,
  getCommittee,
  listCommitteesPage,
  listMeetings,
  recordMeeting,
  updateCommittee,
} from '../../services/participation/committees.service.js';
import { exportCommittees } from '../../services/participation/participation-export.service.js';
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
import { idempotencyHeader, registerConsultationRoutes } from './consultations.routes.js';

const BASE = '/api/v1/committees';
const tags = ['participation'];

const createRoute = defineRoute('committees.create', {
  method: 'post',
  path: BASE,
  tags,
  summary: 'Record a committee: members counted by role and group (no names), targets, training',
  request: { headers: idempotencyHeader, body: jsonBody(committeeFieldsSchema) },
  responses: {
    201: jsonResponse(committeeSchema, 'The committee with its balance indicator'),
    200: jsonResponse(committeeSchema, 'A retry: the committee first recorded'),
    ...protectedErrors,
  },
});

const listRoute = defineRoute('committees.list', {
  method: 'get',
  path: BASE,
  tags,
  summary:
    'Committees in your countries with their balance; unbalanced=true for those below target',
  request: { query: listCommitteesQuerySchema },
  responses: { 200: jsonResponse(pageOf(committeeSummarySchema), 'One page'), ...protectedErrors },
});

const exportRoute = defineRoute('committees.export', {
  method: 'get',
  path: `${BASE}/export`,
  tags,
  summary: 'Committees and their balance as CSV or XLSX with an HXL row (audited)',
  request: { query: z.object({ format: z.enum(['csv', 'xlsx']) }) },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

const getRoute = defineRoute('committees.read', {
  method: 'get',
  path: `${BASE}/{id}`,
  tags,
  summary: 'One committee with its balance indicator',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(committeeSchema, 'The committee'), ...protectedErrors },
});

const updateRoute = defineRoute('committees.update', {
  method: 'put',
  path: `${BASE}/{id}`,
  tags,
  summary: 'Revise a committee (the whole record, with the version you read)',
  request: { params: idParamSchema, body: jsonBody(updateCommitteeRequestSchema) },
  responses: {
    200: jsonResponse(committeeSchema, 'The committee'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version (the current one in details)'),
  },
});

const addMeetingRoute = defineRoute('committees.update', {
  method: 'post',
  path: `${BASE}/{id}/meetings`,
  tags,
  summary: 'Record a meeting: date, attendance by sex, decisions',
  request: { params: idParamSchema, body: jsonBody(committeeMeetingFieldsSchema) },
  responses: { 201: jsonResponse(committeeMeetingSchema, 'The meeting'), ...protectedErrors },
});

const listMeetingsRoute = defineRoute('committees.read', {
  method: 'get',
  path: `${BASE}/{id}/meetings`,
  tags,
  summary: 'The meetings of a committee, latest first',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(z.object({ items: z.array(committeeMeetingSchema) }), 'Latest first'),
    ...protectedErrors,
  },
});

function registerCommitteeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) => {
    const key = c.req.valid('header')['idempotency-key'];
    const { committee, replayed } = await createCommittee(c.get('ctx'), c.req.valid('json'), key);
    return replayed ? c.json(committee, 200) : c.json(committee, 201);
  });
  app.openapi(listRoute, async (c) =>
    c.json(await listCommitteesPage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(exportRoute, async (c) =>
    sendFile(c, await exportCommittees(c.get('ctx'), c.req.valid('query').format)),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await getCommittee(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await updateCommittee(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(addMeetingRoute, async (c) =>
    c.json(await recordMeeting(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(listMeetingsRoute, async (c) =>
    c.json(await listMeetings(c.get('ctx'), c.req.valid('param').id), 200),
  );
}

/** Community consultations, participation charts and committees (issue 6). */
export function registerParticipationRoutes(app: OpenAPIHono<AppEnv>) {
  registerConsultationRoutes(app);
  registerCommitteeRoutes(app);
}
