import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { frameworkSchema } from '../../../core/framework/framework.schema.js';
import { LANGUAGE_CODES } from '../../../core/shared/language.js';
import { getFramework } from '../../services/framework.service.js';
import type { AppEnv } from '../app-env.js';
import { jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const getFrameworkRoute = defineRoute('framework.read', {
  method: 'get',
  path: '/api/v1/framework',
  tags: ['framework'],
  summary: 'The four principles, four life-cycle phases, 15 MCOF sectors and the glossary',
  request: { query: z.object({ lang: z.enum(LANGUAGE_CODES).optional() }) },
  responses: {
    200: jsonResponse(frameworkSchema, 'The framework in the asked language'),
    400: protectedErrors[400],
  },
});

/** GET /api/v1/framework (public: the framework is published guidance). */
export function registerFrameworkRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getFrameworkRoute, (c) => {
    const ctx = c.get('ctx');
    const lang = c.req.valid('query').lang ?? ctx.lang;
    return c.json(getFramework(ctx, lang), 200);
  });
}
