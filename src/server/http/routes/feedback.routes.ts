import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  createFeedbackRequestSchema,
  feedbackCaseSchema,
  feedbackReceiptSchema,
  listFeedbackQuerySchema,
  updateFeedbackRequestSchema,
} from '../../../core/feedback/feedback.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  createFeedback,
  getFeedback,
  listCaseNotes,
  listFeedback,
  updateFeedback,
} from '../../services/feedback/feedback.service.js';
import { receiveSms, smsInboundSchema } from '../../services/feedback/sms-inbound.js';
import type { AppEnv } from '../app-env.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().trim().min(8).max(200).optional(),
});
const intakeAnswer = z.union([feedbackCaseSchema, feedbackReceiptSchema]);

const createRoute = defineRoute('feedback.create', {
  method: 'post',
  path: '/api/v1/feedback',
  tags: ['feedback'],
  summary:
    'Log a case (hotline, in person, suggestion box…); send an Idempotency-Key to make retries safe',
  request: { headers: idempotencyHeader, body: jsonBody(createFeedbackRequestSchema) },
  responses: {
    201: jsonResponse(intakeAnswer, 'The case, or only a receipt when it went to the SEA lane'),
    200: jsonResponse(intakeAnswer, 'A retry: the original case'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'The key was used for another request'),
  },
});

const listRoute = defineRoute('feedback.list', {
  method: 'get',
  path: '/api/v1/feedback',
  tags: ['feedback'],
  summary: 'Cases you may see, filtered and paginated (SEA cases: PSEA focal points only)',
  request: { query: listFeedbackQuerySchema },
  responses: {
    200: jsonResponse(pageOf(feedbackCaseSchema), 'One page of cases'),
    ...protectedErrors,
  },
});

const getRoute = defineRoute('feedback.read', {
  method: 'get',
  path: '/api/v1/feedback/{id}',
  tags: ['feedback'],
  summary: 'One case; a case outside your lane or scope is not found',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(feedbackCaseSchema, 'The case'), ...protectedErrors },
});

const updateRoute = defineRoute('feedback.update', {
  method: 'patch',
  path: '/api/v1/feedback/{id}',
  tags: ['feedback'],
  summary: 'Move through the workflow, record the reply, add a note, reclassify (with a reason)',
  request: { params: idParamSchema, body: jsonBody(updateFeedbackRequestSchema) },
  responses: {
    200: jsonResponse(feedbackCaseSchema, 'The case'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version or step not allowed'),
  },
});

const smsRoute = defineRoute('channels.sms', {
  method: 'post',
  path: '/api/v1/channels/sms/inbound',
  tags: ['channels'],
  summary:
    'Inbound SMS or message from a gateway (generic shape or RapidPro webhook), deduplicated on the message id',
  request: { body: jsonBody(smsInboundSchema) },
  responses: {
    201: jsonResponse(z.object({ caseId: z.uuid(), receipt: z.string() }), 'Logged'),
    200: jsonResponse(
      z.object({ caseId: z.uuid(), receipt: z.string() }),
      'A retry: the same case',
    ),
    ...protectedErrors,
  },
});

const notesRoute = defineRoute('feedback.update', {
  method: 'get',
  path: '/api/v1/feedback/{id}/notes',
  tags: ['feedback'],
  summary: 'Internal notes, replies and reclassification reasons (feedback desk only)',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(
      z.object({
        items: z.array(
          z.object({
            id: z.number().int(),
            kind: z.string(),
            text: z.string(),
            by: z.string().nullable(),
            at: z.string(),
          }),
        ),
      }),
      'Notes, oldest first',
    ),
    ...protectedErrors,
  },
});

/** Feedback cases and the SMS channel. */
export function registerFeedbackRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) => {
    const result = await createFeedback(
      c.get('ctx'),
      c.req.valid('json'),
      c.req.valid('header')['idempotency-key'],
    );
    const body = result.kind === 'case' ? result.case : result.receipt;
    return c.json(body, result.created ? 201 : 200);
  });
  app.openapi(listRoute, async (c) =>
    c.json(await listFeedback(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await getFeedback(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await updateFeedback(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(notesRoute, async (c) =>
    c.json(await listCaseNotes(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(smsRoute, async (c) => {
    const { created, body } = await receiveSms(c.get('ctx'), c.req.valid('json'));
    return c.json(body, created ? 201 : 200);
  });
}
