import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { consultationFieldsSchema } from '../../../core/participation/consultation.schema.js';
import {
  consultationSchema,
  consultationSummarySchema,
  exportQuerySchema,
  listConsultationsQuerySchema,
  participationByGroupSchema,
  participationQuerySchema,
  updateConsultationRequestSchema,
} from '../../../core/participation/participation-api.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  createConsultation,
  getConsultation,
  listConsultationsPage,
  updateConsultation,
} from '../../services/participation/consultations.service.js';
import { exportConsultations } from '../../services/participation/participation-export.service.js';
import { participationChart } from '../../services/participation/participation-chart.service.js';
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

const BASE = '/api/v1/consultations';
const tags = ['participation'];
export const idempotencyHeader = z.object({
  'idempotency-key': z.string().trim().min(8).max(200).optional(),
});

const createRoute = defineRoute('consultations.create', {
  method: 'post',
  path: BASE,
  tags,
  summary:
    'Record a consultation with participants by group, issues and decisions; send an Idempotency-Key to make retries safe',
  request: { headers: idempotencyHeader, body: jsonBody(consultationFieldsSchema) },
  responses: {
    201: jsonResponse(consultationSchema, 'The consultation'),
    200: jsonResponse(consultationSchema, 'A retry: the consultation first recorded'),
    ...protectedErrors,
  },
});

const listRoute = defineRoute('consultations.list', {
  method: 'get',
  path: BASE,
  tags,
  summary: 'Consultations in your countries, filtered, sorted and paginated',
  request: { query: listConsultationsQuerySchema },
  responses: {
    200: jsonResponse(pageOf(consultationSummarySchema), 'One page'),
    ...protectedErrors,
  },
});

const chartRoute = defineRoute('consultations.chart', {
  method: 'get',
  path: '/api/v1/participation/by-group',
  tags,
  summary:
    'Participants by sex × age bracket and group for a project or a place (viewers: small cells suppressed)',
  request: { query: participationQuerySchema },
  responses: { 200: jsonResponse(participationByGroupSchema, 'The table'), ...protectedErrors },
});

const exportRoute = defineRoute('consultations.export', {
  method: 'get',
  path: `${BASE}/export`,
  tags,
  summary:
    'Consultations as CSV or XLSX with an HXL row; viewers get places × groups with small cells suppressed; audited',
  request: { query: exportQuerySchema },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

const getRoute = defineRoute('consultations.read', {
  method: 'get',
  path: `${BASE}/{id}`,
  tags,
  summary: 'One consultation in full (audited)',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(consultationSchema, 'The consultation'), ...protectedErrors },
});

const updateRoute = defineRoute('consultations.update', {
  method: 'put',
  path: `${BASE}/{id}`,
  tags,
  summary: 'Revise a consultation (the whole record, with the version you read)',
  request: { params: idParamSchema, body: jsonBody(updateConsultationRequestSchema) },
  responses: {
    200: jsonResponse(consultationSchema, 'The consultation'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version (the current one in details)'),
  },
});

/** Consultations; static paths before /{id}, whose validator would claim them. */
export function registerConsultationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) => {
    const key = c.req.valid('header')['idempotency-key'];
    const { consultation, replayed } = await createConsultation(
      c.get('ctx'),
      c.req.valid('json'),
      key,
    );
    return replayed ? c.json(consultation, 200) : c.json(consultation, 201);
  });
  app.openapi(listRoute, async (c) =>
    c.json(await listConsultationsPage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(chartRoute, async (c) =>
    c.json(await participationChart(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(exportRoute, async (c) => {
    const { format, ...query } = c.req.valid('query');
    return sendFile(c, await exportConsultations(c.get('ctx'), query, format));
  });
  app.openapi(getRoute, async (c) =>
    c.json(await getConsultation(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(
      await updateConsultation(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
