import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  meSchema,
  totpCodeRequestSchema,
  totpSetupSchema,
} from '../../../core/auth/auth.schema.js';
import { getMe } from '../../services/me.service.js';
import { disableTotp, enableTotp, setupTotp } from '../../services/totp.service.js';
import type { AppEnv } from '../app-env.js';
import { jsonBody, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const meRoute = defineRoute('me.read', {
  method: 'get',
  path: '/api/v1/me',
  tags: ['me'],
  summary: 'The signed-in user, role, organisation and scope',
  responses: { 200: jsonResponse(meSchema, 'The signed-in user'), ...protectedErrors },
});

const totpSetupRoute = defineRoute('me.totp', {
  method: 'post',
  path: '/api/v1/me/totp/setup',
  tags: ['me'],
  summary: 'Start setting up a second factor: returns a new secret',
  responses: { 200: jsonResponse(totpSetupSchema, 'The secret, shown once'), ...protectedErrors },
});

const totpEnableRoute = defineRoute('me.totp', {
  method: 'post',
  path: '/api/v1/me/totp/enable',
  tags: ['me'],
  summary: 'Turn the second factor on with a code from the app',
  request: { body: jsonBody(totpCodeRequestSchema) },
  responses: { 204: { description: 'Turned on' }, ...protectedErrors },
});

const totpDisableRoute = defineRoute('me.totp', {
  method: 'post',
  path: '/api/v1/me/totp/disable',
  tags: ['me'],
  summary: 'Turn the second factor off with a current code',
  request: { body: jsonBody(totpCodeRequestSchema) },
  responses: { 204: { description: 'Turned off' }, ...protectedErrors },
});

/** The caller's own account. */
export function registerMeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(meRoute, async (c) => c.json(await getMe(c.get('ctx')), 200));
  app.openapi(totpSetupRoute, async (c) => c.json(await setupTotp(c.get('ctx')), 200));
  app.openapi(totpEnableRoute, async (c) => {
    await enableTotp(c.get('ctx'), c.req.valid('json').code);
    return c.body(null, 204);
  });
  app.openapi(totpDisableRoute, async (c) => {
    await disableTotp(c.get('ctx'), c.req.valid('json').code);
    return c.body(null, 204);
  });
}
