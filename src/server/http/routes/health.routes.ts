import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../app-env.js';
import { jsonResponse } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['embedded', 'postgres']),
  version: z.string(),
});

const health = defineRoute('health.read', {
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Service health',
  responses: {
    200: jsonResponse(healthSchema, 'The service and its database answer'),
    503: jsonResponse(healthSchema, 'The database does not answer'),
  },
});

/** GET /api/health. */
export function registerHealthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(health, async (c) => {
    const { deps } = c.get('ctx');
    const base = { database: deps.database.kind, version: deps.version };
    try {
      await deps.database.db.execute(sql`select 1`);
      return c.json({ status: 'ok' as const, ...base }, 200);
    } catch {
      return c.json({ status: 'degraded' as const, ...base }, 503);
    }
  });
}
