import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { findingsExportQuerySchema } from '../../../core/safety/safety-audit.schema.js';
import {
  createSiteRequestSchema,
  listSitesQuerySchema,
  siteSchema,
} from '../../../core/safety/safety-site.schema.js';
import {
  addTemplateItemRequestSchema,
  changeTemplateItemRequestSchema,
  itemCodeSchema,
  safetyTemplateSchema,
} from '../../../core/safety/safety-template.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import { exportFindings } from '../../services/safety/safety-export.service.js';
import { createSite, getSite, listSitesPage } from '../../services/safety/safety-sites.service.js';
import {
  addTemplateItem,
  changeTemplateItem,
  getSafetyTemplate,
} from '../../services/safety/safety-templates.service.js';
import type { AppEnv } from '../app-env.js';
import { sendFile } from '../files.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const BASE = '/api/v1/safety';
const tags = ['site safety audits'];
const staleOrTaken = jsonResponse(errorBodySchema, 'Stale template version, or code taken');

const templateRoute = defineRoute('safety.read', {
  method: 'get',
  path: `${BASE}/template`,
  tags,
  summary: "The organisation's current audit template, in your language (retired items flagged)",
  responses: { 200: jsonResponse(safetyTemplateSchema, 'The template'), ...protectedErrors },
});

const addItemRoute = defineRoute('safety.template', {
  method: 'post',
  path: `${BASE}/template/items`,
  tags,
  summary: 'Add an item (four languages) as a new template version; past audits keep theirs',
  request: { body: jsonBody(addTemplateItemRequestSchema) },
  responses: {
    201: jsonResponse(safetyTemplateSchema, 'The new version'),
    ...protectedErrors,
    409: staleOrTaken,
  },
});

const changeItemRoute = defineRoute('safety.template', {
  method: 'patch',
  path: `${BASE}/template/items/{code}`,
  tags,
  summary: 'Reword, retire or bring back an item, as a new template version',
  request: {
    params: z.object({ code: itemCodeSchema }),
    body: jsonBody(changeTemplateItemRequestSchema),
  },
  responses: {
    200: jsonResponse(safetyTemplateSchema, 'The new version'),
    ...protectedErrors,
    409: staleOrTaken,
  },
});

const createSiteRoute = defineRoute('safety.audit', {
  method: 'post',
  path: `${BASE}/sites`,
  tags,
  summary: 'Record a site (camp, informal site, collective or transit centre, distribution point)',
  request: { body: jsonBody(createSiteRequestSchema) },
  responses: {
    201: jsonResponse(siteSchema, 'The site'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'A site of this name already exists at this place'),
  },
});

const listSitesRoute = defineRoute('safety.read', {
  method: 'get',
  path: `${BASE}/sites`,
  tags,
  summary: 'Sites in your countries with their latest risk and open actions, filtered and paged',
  request: { query: listSitesQuerySchema },
  responses: { 200: jsonResponse(pageOf(siteSchema), 'One page'), ...protectedErrors },
});

const getSiteRoute = defineRoute('safety.read', {
  method: 'get',
  path: `${BASE}/sites/{id}`,
  tags,
  summary: 'One site',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(siteSchema, 'The site'), ...protectedErrors },
});

const exportRoute = defineRoute('safety.export', {
  method: 'get',
  path: `${BASE}/findings/export`,
  tags,
  summary: 'Audit findings as CSV or XLSX with the HXL row (audited)',
  request: { query: findingsExportQuerySchema },
  responses: { 200: { description: 'The file' }, ...protectedErrors },
});

/** Sites, the audit template and the findings export; static paths before /{id}. */
export function registerSafetySiteRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(templateRoute, async (c) => c.json(await getSafetyTemplate(c.get('ctx')), 200));
  app.openapi(addItemRoute, async (c) =>
    c.json(await addTemplateItem(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(changeItemRoute, async (c) =>
    c.json(
      await changeTemplateItem(c.get('ctx'), c.req.valid('param').code, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(createSiteRoute, async (c) =>
    c.json(await createSite(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(listSitesRoute, async (c) =>
    c.json(await listSitesPage(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(exportRoute, async (c) =>
    sendFile(c, await exportFindings(c.get('ctx'), c.req.valid('query'))),
  );
  app.openapi(getSiteRoute, async (c) =>
    c.json(await getSite(c.get('ctx'), c.req.valid('param').id), 200),
  );
}
