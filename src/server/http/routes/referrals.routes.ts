import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  createReferralRequestSchema,
  listReferralsQuerySchema,
  overrideReferralRequestSchema,
  referralReportSchema,
  referralSchema,
  updateReferralRequestSchema,
} from '../../../core/services/referral.schema.js';
import { createReferral, overrideReferral } from '../../services/referrals/make-referral.js';
import {
  exportReferralReport,
  referralReport,
} from '../../services/referrals/referral-report.service.js';
import {
  getReferral,
  listReferralsPage,
  updateReferral,
} from '../../services/referrals/referrals.service.js';
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

const BASE = '/api/v1/referrals';
const tags = ['referrals'];
const idempotencyHeader = z.object({
  'idempotency-key': z.string().trim().min(8).max(200).optional(),
});

const createRoute = defineRoute('referrals.create', {
  method: 'post',
  path: BASE,
  tags,
  summary:
    'Refer a person to a service of the directory with their recorded consent; only consented facts are shared (send an Idempotency-Key to make retries safe)',
  request: { headers: idempotencyHeader, body: jsonBody(createReferralRequestSchema) },
  responses: {
    201: jsonResponse(referralSchema, 'The referral'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'No consent recorded: nothing was stored or sent'),
  },
});

const overrideRoute = defineRoute('referrals.override', {
  method: 'post',
  path: `${BASE}/override`,
  tags,
  summary: 'Refer without consent, giving a reason (override permission; audited)',
  request: { headers: idempotencyHeader, body: jsonBody(overrideReferralRequestSchema) },
  responses: { 201: jsonResponse(referralSchema, 'The referral'), ...protectedErrors },
});

const listRoute = defineRoute('referrals.list', {
  method: 'get',
  path: BASE,
  tags,
  summary: 'Referrals in your countries (overdue=true: open ones past their follow-up date)',
  request: { query: listReferralsQuerySchema },
  responses: { 200: jsonResponse(pageOf(referralSchema), 'One page'), ...protectedErrors },
});

const reportRoute = defineRoute('referrals.report', {
  method: 'get',
  path: `${BASE}/report`,
  tags,
  summary: 'Referral counts by service type and status (others than referral staff: suppressed)',
  request: { query: z.object({ published: z.enum(['true', 'false']).default('false') }) },
  responses: { 200: jsonResponse(referralReportSchema, 'The counts'), ...protectedErrors },
});

const reportExportRoute = defineRoute('referrals.report', {
  method: 'get',
  path: `${BASE}/report/export`,
  tags,
  summary: 'Referral counts as CSV or XLSX with an HXL row; audited',
  request: {
    query: z.object({
      format: z.enum(['csv', 'xlsx']),
      published: z.enum(['true', 'false']).default('false'),
    }),
  },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

const getRoute = defineRoute('referrals.read', {
  method: 'get',
  path: `${BASE}/{id}`,
  tags,
  summary: 'One referral with the facts shared (audited)',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(referralSchema, 'The referral'), ...protectedErrors },
});

const updateRoute = defineRoute('referrals.update', {
  method: 'patch',
  path: `${BASE}/{id}`,
  tags,
  summary: 'Record the status (allowed transitions only), follow-up date and outcome',
  request: { params: idParamSchema, body: jsonBody(updateReferralRequestSchema) },
  responses: {
    200: jsonResponse(referralSchema, 'The referral'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version (the current one in details)'),
  },
});

/** Referrals; static paths before /{id}. */
export function registerReferralRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) => {
    const key = c.req.valid('header')['idempotency-key'];
    return c.json(await createReferral(c.get('ctx'), c.req.valid('json'), key), 201);
  });
  app.openapi(overrideRoute, async (c) => {
    const key = c.req.valid('header')['idempotency-key'];
    return c.json(await overrideReferral(c.get('ctx'), c.req.valid('json'), key), 201);
  });
  app.openapi(listRoute, async (c) =>
    c.json(await listReferralsPage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(reportRoute, async (c) =>
    c.json(await referralReport(c.get('ctx'), c.req.valid('query').published === 'true'), 200),
  );
  app.openapi(reportExportRoute, async (c) => {
    const { format, published } = c.req.valid('query');
    return sendFile(c, await exportReferralReport(c.get('ctx'), format, published === 'true'));
  });
  app.openapi(getRoute, async (c) =>
    c.json(await getReferral(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await updateReferral(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
