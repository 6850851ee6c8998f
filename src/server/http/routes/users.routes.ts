import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { ROLES } from '../../../core/auth/roles.js';
import { listStaffDirectory } from '../../services/actions.service.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  createUserRequestSchema,
  listUsersQuerySchema,
  updateUserRequestSchema,
  userSchema,
} from '../../../core/users/user.schema.js';
import { createUser, getUser, listUsersPage, updateUser } from '../../services/users.service.js';
import type { AppEnv } from '../app-env.js';
import { idParamSchema, jsonBody, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';
import { resetSecondFactor } from '../../services/second-factor-reset.service.js';

const listRoute = defineRoute('users.list', {
  method: 'get',
  path: '/api/v1/users',
  tags: ['users'],
  summary: 'The users of your organisation (admins)',
  request: { query: listUsersQuerySchema },
  responses: { 200: jsonResponse(pageOf(userSchema), 'One page of users'), ...protectedErrors },
});

const createRouteDef = defineRoute('users.create', {
  method: 'post',
  path: '/api/v1/users',
  tags: ['users'],
  summary: 'Add a user (admins)',
  request: { body: jsonBody(createUserRequestSchema) },
  responses: {
    201: jsonResponse(userSchema, 'The new user'),
    ...protectedErrors,
    409: jsonResponse(userSchema, 'Email already in use'),
  },
});

const getRoute = defineRoute('users.read', {
  method: 'get',
  path: '/api/v1/users/{id}',
  tags: ['users'],
  summary: 'One user (admins)',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(userSchema, 'The user'), ...protectedErrors },
});

const updateRoute = defineRoute('users.update', {
  method: 'patch',
  path: '/api/v1/users/{id}',
  tags: ['users'],
  summary: 'Change name, role, language, offices, or disable (admins); carries the version seen',
  request: { params: idParamSchema, body: jsonBody(updateUserRequestSchema) },
  responses: { 200: jsonResponse(userSchema, 'The user as changed'), ...protectedErrors },
});

const resetSecondFactorRoute = defineRoute('users.resetSecondFactor', {
  method: 'post',
  path: '/api/v1/users/{id}/second-factor/reset',
  tags: ['users'],
  summary:
    "Turn off another user's second factor after a lost authenticator (admins; not your own); their sessions end; audited",
  request: { params: idParamSchema },
  responses: { 204: { description: 'Reset' }, ...protectedErrors },
});

const directoryRoute = defineRoute('users.directory', {
  method: 'get',
  path: '/api/v1/users/directory',
  tags: ['users'],
  summary: 'Names and roles of the active staff of your organisation (for owner pickers)',
  responses: {
    200: jsonResponse(
      z.object({
        items: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(ROLES) })),
      }),
      'Staff',
    ),
    ...protectedErrors,
  },
});

/** User administration and the staff directory. */
export function registerUserRoutes(app: OpenAPIHono<AppEnv>) {
  // Before /users/{id}, whose guard would otherwise claim the path.
  app.openapi(directoryRoute, async (c) => {
    const { items } = await listStaffDirectory(c.get('ctx'));
    return c.json(
      { items: items.map((i) => ({ ...i, role: i.role as (typeof ROLES)[number] })) },
      200,
    );
  });
  app.openapi(listRoute, async (c) =>
    c.json(await listUsersPage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(createRouteDef, async (c) =>
    c.json(await createUser(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await getUser(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(resetSecondFactorRoute, async (c) => {
    await resetSecondFactor(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(updateRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await updateUser(c.get('ctx'), id, c.req.valid('json')), 200);
  });
}
