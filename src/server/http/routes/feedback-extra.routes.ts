import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { dashboardQuerySchema, dashboardSchema } from '../../../core/feedback/dashboard.schema.js';
import { getFeedbackDashboard } from '../../services/feedback/dashboard.service.js';
import { listMyNotifications, markNotificationRead } from '../../services/notifications.service.js';
import type { AppEnv } from '../app-env.js';
import { sendFile, uploadedFile } from '../files.js';
import { importFeedbackLog } from '../../services/feedback/import-log.js';
import { exportCases } from '../../services/feedback/export-cases.js';
import { listFeedbackQuerySchema } from '../../../core/feedback/feedback.schema.js';
import { LANGUAGE_CODES } from '../../../core/shared/language.js';
import { idParamSchema, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const dashboardRoute = defineRoute('feedback.dashboard', {
  method: 'get',
  path: '/api/v1/feedback-dashboard',
  tags: ['feedback'],
  summary:
    'Volumes, response times, deadlines, closure and satisfaction; SEA counted apart; small cells, and shares computed from them, suppressed for viewers',
  request: { query: dashboardQuerySchema },
  responses: { 200: jsonResponse(dashboardSchema, 'The dashboard'), ...protectedErrors },
});

const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});

const notificationsRoute = defineRoute('notifications.read', {
  method: 'get',
  path: '/api/v1/notifications',
  tags: ['me'],
  summary: 'Your latest notifications (no case content) and the unread count',
  responses: {
    200: jsonResponse(
      z.object({ unread: z.number().int(), items: z.array(notificationSchema) }),
      'Notifications',
    ),
    ...protectedErrors,
  },
});

const readRoute = defineRoute('notifications.read', {
  method: 'post',
  path: '/api/v1/notifications/{id}/read',
  tags: ['me'],
  summary: 'Mark one of your notifications as read',
  request: { params: idParamSchema },
  responses: { 204: { description: 'Marked' }, ...protectedErrors },
});

const importRoute = defineRoute('feedback.import', {
  method: 'post',
  path: '/api/v1/feedback/import',
  tags: ['feedback'],
  summary:
    'Import a feedback log (CSV or XLSX, multipart field "file"): validated first, all rows or none; dryRun=true only validates',
  request: {
    query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(
      z.object({
        rows: z.number().int(),
        created: z.number().int(),
        alreadyImported: z.number().int(),
        dryRun: z.boolean(),
      }),
      'Imported (or validated)',
    ),
    ...protectedErrors,
  },
});

const exportRoute = defineRoute('feedback.export', {
  method: 'get',
  path: '/api/v1/feedback/export',
  tags: ['feedback'],
  summary:
    'Cases you may see as CSV or XLSX (HXL row), without narratives or contact details; audited',
  request: {
    query: listFeedbackQuerySchema
      .omit({ page: true, pageSize: true })
      .extend({ format: z.enum(['csv', 'xlsx']), lang: z.enum(LANGUAGE_CODES).optional() }),
  },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

/** The feedback dashboard, in-app notifications, bulk import, exports. */
export function registerFeedbackExtraRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(dashboardRoute, async (c) =>
    c.json(await getFeedbackDashboard(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(importRoute, async (c) => {
    const file = await uploadedFile(c.req.valid('form').file);
    return c.json(
      await importFeedbackLog(c.get('ctx'), file, c.req.valid('query').dryRun === 'true'),
      200,
    );
  });
  app.openapi(exportRoute, async (c) => {
    const ctx = c.get('ctx');
    const { format, lang, ...query } = c.req.valid('query');
    return sendFile(c, await exportCases(ctx, query, format, lang ?? ctx.lang));
  });
  app.openapi(notificationsRoute, async (c) =>
    c.json(await listMyNotifications(c.get('ctx')), 200),
  );
  app.openapi(readRoute, async (c) => {
    await markNotificationRead(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
