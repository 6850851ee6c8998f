import type { OpenAPIHono } from '@hono/zod-openapi';
import { organizationSettingsSchema } from '../../../core/organizations/organization-settings.schema.js';
import { getSettings, putSettings } from '../../services/organization-settings.service.js';
import type { AppEnv } from '../app-env.js';
import { jsonBody, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const getRoute = defineRoute('settings.read', {
  method: 'get',
  path: '/api/v1/organization/settings',
  tags: ['organisation'],
  summary: 'Deadlines per sensitivity and disclosure thresholds of your organisation',
  responses: { 200: jsonResponse(organizationSettingsSchema, 'The settings'), ...protectedErrors },
});

const putRoute = defineRoute('settings.update', {
  method: 'put',
  path: '/api/v1/organization/settings',
  tags: ['organisation'],
  summary: 'Replace the settings (admins); audited with before and after',
  request: { body: jsonBody(organizationSettingsSchema) },
  responses: {
    200: jsonResponse(organizationSettingsSchema, 'The new settings'),
    ...protectedErrors,
  },
});

/** Organisation settings. */
export function registerSettingsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getRoute, async (c) => c.json(await getSettings(c.get('ctx')), 200));
  app.openapi(putRoute, async (c) =>
    c.json(await putSettings(c.get('ctx'), c.req.valid('json')), 200),
  );
}
