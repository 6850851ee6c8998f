import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { loginRequestSchema, meSchema } from '../../../core/auth/auth.schema.js';
import { login, logout } from '../../services/auth.service.js';
import type { AppEnv } from '../app-env.js';
import { jsonBody, jsonResponse, protectedErrors } from '../openapi-common.js';
import { SESSION_COOKIE } from '../middleware/request-context.js';
import { defineRoute } from '../route-table.js';

const loginRoute = defineRoute('auth.login', {
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['auth'],
  summary: 'Sign in with email and password (and a TOTP code when turned on)',
  request: { body: jsonBody(loginRequestSchema) },
  responses: {
    200: jsonResponse(meSchema, 'Signed in; the session cookie is set'),
    400: protectedErrors[400],
    401: protectedErrors[401],
    429: protectedErrors[401],
  },
});

const logoutRoute = defineRoute('auth.logout', {
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['auth'],
  summary: 'Sign out: the session ends on the server',
  responses: {
    204: { description: 'Signed out' },
    401: protectedErrors[401],
    403: protectedErrors[403],
  },
});

/** Sign-in and sign-out. */
export function registerAuthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(loginRoute, async (c) => {
    const result = await login(c.get('ctx'), c.req.valid('json'));
    setCookie(c, SESSION_COOKIE, result.sessionToken, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: new URL(c.req.url).protocol === 'https:',
      path: '/',
      expires: result.expiresAt,
    });
    return c.json(result.me, 200);
  });
  app.openapi(logoutRoute, async (c) => {
    await logout(c.get('ctx'));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
}
