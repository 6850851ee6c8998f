import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { portfolioQuerySchema, portfolioSchema } from '../../../core/projects/portfolio.schema.js';
import { LANGUAGE_CODES } from '../../../core/shared/language.js';
import { exportPortfolio } from '../../services/portfolio-export.service.js';
import { getHeatmap, getPortfolio } from '../../services/portfolio.service.js';
import type { AppEnv } from '../app-env.js';
import { sendFile } from '../files.js';
import { jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const portfolioRoute = defineRoute('portfolio.read', {
  method: 'get',
  path: '/api/v1/portfolio',
  tags: ['portfolio'],
  summary:
    'Scores by principle × sector × country, phases, blocked projects, top unmet items, trend',
  request: { query: portfolioQuerySchema.extend({ lang: z.enum(LANGUAGE_CODES).optional() }) },
  responses: { 200: jsonResponse(portfolioSchema, 'The portfolio'), ...protectedErrors },
});

const heatmapRoute = defineRoute('portfolio.read', {
  method: 'get',
  path: '/api/v1/portfolio/heatmap',
  tags: ['portfolio'],
  summary: 'The heatmap alone: scores by principle × sector × country',
  request: { query: portfolioQuerySchema },
  responses: {
    200: jsonResponse(portfolioSchema.pick({ heatmap: true }), 'The heatmap'),
    ...protectedErrors,
  },
});

const exportRoute = defineRoute('portfolio.read', {
  method: 'get',
  path: '/api/v1/portfolio/export',
  tags: ['portfolio'],
  summary: 'The heatmap as CSV or XLSX, with an HXL hashtag row',
  request: {
    query: portfolioQuerySchema.extend({
      format: z.enum(['csv', 'xlsx']),
      lang: z.enum(LANGUAGE_CODES).optional(),
    }),
  },
  responses: { 200: { description: 'The file (served as an attachment)' }, ...protectedErrors },
});

/** The portfolio and its exports. */
export function registerPortfolioRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(portfolioRoute, async (c) => {
    const ctx = c.get('ctx');
    const { lang, ...query } = c.req.valid('query');
    return c.json(await getPortfolio(ctx, query, lang ?? ctx.lang), 200);
  });
  app.openapi(heatmapRoute, async (c) =>
    c.json(await getHeatmap(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(exportRoute, async (c) => {
    const ctx = c.get('ctx');
    const { format, lang, ...query } = c.req.valid('query');
    return sendFile(c, await exportPortfolio(ctx, query, format, lang ?? ctx.lang));
  });
}
