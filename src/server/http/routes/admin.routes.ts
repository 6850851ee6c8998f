import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  apiTokenSchema,
  createApiTokenRequestSchema,
  createdApiTokenSchema,
} from '../../../core/auth/api-token.schema.js';
import { officeSummarySchema } from '../../../core/auth/auth.schema.js';
import { auditEntrySchema, listAuditQuerySchema } from '../../../core/audit/audit.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import { createToken, listTokens, revokeToken } from '../../services/api-tokens.service.js';
import { listAuditEntries } from '../../services/audit.service.js';
import { listOfficesOfOrganization } from '../../services/offices.service.js';
import type { AppEnv } from '../app-env.js';
import { idParamSchema, jsonBody, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const officesRoute = defineRoute('offices.list', {
  method: 'get',
  path: '/api/v1/offices',
  tags: ['organisation'],
  summary: 'The country offices of your organisation',
  responses: {
    200: jsonResponse(z.object({ items: z.array(officeSummarySchema) }), 'The offices'),
    ...protectedErrors,
  },
});

const listTokensRoute = defineRoute('apiTokens.list', {
  method: 'get',
  path: '/api/v1/api-tokens',
  tags: ['api-tokens'],
  summary: 'API tokens of your organisation (admins); secrets are never shown again',
  responses: {
    200: jsonResponse(z.object({ items: z.array(apiTokenSchema) }), 'Tokens'),
    ...protectedErrors,
  },
});

const createTokenRoute = defineRoute('apiTokens.create', {
  method: 'post',
  path: '/api/v1/api-tokens',
  tags: ['api-tokens'],
  summary: 'Create an API token for an integration (admins); the token is shown once',
  request: { body: jsonBody(createApiTokenRequestSchema) },
  responses: {
    201: jsonResponse(createdApiTokenSchema, 'The token, in clear this once'),
    ...protectedErrors,
  },
});

const revokeTokenRoute = defineRoute('apiTokens.revoke', {
  method: 'delete',
  path: '/api/v1/api-tokens/{id}',
  tags: ['api-tokens'],
  summary: 'Revoke an API token at once (admins)',
  request: { params: idParamSchema },
  responses: { 204: { description: 'Revoked' }, ...protectedErrors },
});

const auditRoute = defineRoute('audit.list', {
  method: 'get',
  path: '/api/v1/audit',
  tags: ['audit'],
  summary: 'The audit trail of your organisation, newest first (admins)',
  request: { query: listAuditQuerySchema },
  responses: {
    200: jsonResponse(pageOf(auditEntrySchema), 'One page of the audit trail'),
    ...protectedErrors,
  },
});

/** Offices, API tokens and the audit trail. */
export function registerAdminRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(officesRoute, async (c) =>
    c.json(await listOfficesOfOrganization(c.get('ctx')), 200),
  );
  app.openapi(listTokensRoute, async (c) => c.json(await listTokens(c.get('ctx')), 200));
  app.openapi(createTokenRoute, async (c) =>
    c.json(await createToken(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(revokeTokenRoute, async (c) => {
    await revokeToken(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(auditRoute, async (c) =>
    c.json(await listAuditEntries(c.get('ctx'), c.req.valid('query')), 200),
  );
}
