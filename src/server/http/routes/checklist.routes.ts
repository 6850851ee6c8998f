import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  answerHistoryEntrySchema,
  answerRequestSchema,
  answerSchema,
  checklistQuerySchema,
  checklistScoresSchema,
  checklistViewSchema,
  waiverRequestSchema,
  waiverSchema,
} from '../../../core/checklists/checklist.schema.js';
import {
  answerItem,
  getAnswerHistory,
  getChecklist,
  listProjectWaivers,
  waiveItem,
} from '../../services/checklist.service.js';
import type { AppEnv } from '../app-env.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const itemParamSchema = idParamSchema.extend({ itemId: z.string().min(1).max(80) });

const checklistRoute = defineRoute('checklist.read', {
  method: 'get',
  path: '/api/v1/projects/{id}/checklist',
  tags: ['checklists'],
  summary:
    "The project's checklist for one phase (or every phase reached), with answers and scores",
  request: { params: idParamSchema, query: checklistQuerySchema },
  responses: {
    200: jsonResponse(checklistViewSchema, 'Items, answers and scores'),
    ...protectedErrors,
  },
});

const answerRoute = defineRoute('checklist.answer', {
  method: 'put',
  path: '/api/v1/projects/{id}/answers/{itemId}',
  tags: ['checklists'],
  summary:
    'Answer an item; once answered, carry the version seen (a stale one is refused with the current answer)',
  request: { params: itemParamSchema, body: jsonBody(answerRequestSchema) },
  responses: {
    200: jsonResponse(
      z.object({ answer: answerSchema, scores: checklistScoresSchema }),
      'The answer and the new scores',
    ),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version; details.current is the answer as it is'),
  },
});

const historyRoute = defineRoute('checklist.read', {
  method: 'get',
  path: '/api/v1/projects/{id}/history',
  tags: ['checklists'],
  summary: 'Who changed which answer, when, before and after',
  request: { params: idParamSchema, query: z.object({ itemId: z.string().max(80).optional() }) },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(answerHistoryEntrySchema) }),
      'History, newest first',
    ),
    ...protectedErrors,
  },
});

const listWaiversRoute = defineRoute('checklist.read', {
  method: 'get',
  path: '/api/v1/projects/{id}/waivers',
  tags: ['checklists'],
  summary: 'Waived mandatory items with their reasons',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(z.object({ items: z.array(waiverSchema) }), 'Waivers'),
    ...protectedErrors,
  },
});

const waiveRoute = defineRoute('checklist.waive', {
  method: 'post',
  path: '/api/v1/projects/{id}/waivers',
  tags: ['checklists'],
  summary: 'Waive a mandatory item with a reason (protection officers)',
  request: { params: idParamSchema, body: jsonBody(waiverRequestSchema) },
  responses: {
    201: jsonResponse(waiverSchema, 'The waiver'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Already waived'),
  },
});

/** Checklists: read, answer, history, waivers. */
export function registerChecklistRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(checklistRoute, async (c) => {
    const ctx = c.get('ctx');
    const query = c.req.valid('query');
    return c.json(
      await getChecklist(ctx, c.req.valid('param').id, query.phase, query.lang ?? ctx.lang),
      200,
    );
  });
  app.openapi(answerRoute, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await answerItem(c.get('ctx'), id, itemId, c.req.valid('json')), 200);
  });
  app.openapi(historyRoute, async (c) =>
    c.json(
      await getAnswerHistory(c.get('ctx'), c.req.valid('param').id, c.req.valid('query').itemId),
      200,
    ),
  );
  app.openapi(listWaiversRoute, async (c) =>
    c.json(await listProjectWaivers(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(waiveRoute, async (c) =>
    c.json(await waiveItem(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
}
