import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  createSafetyActionRequestSchema,
  listSafetyActionsQuerySchema,
  safetyActionSchema,
  updateSafetyActionRequestSchema,
} from '../../../core/safety/safety-action.schema.js';
import {
  auditEntrySchema,
  auditSchema,
  auditSummarySchema,
  listAuditsQuerySchema,
  photoSchema,
  riskTrendSchema,
} from '../../../core/safety/safety-audit.schema.js';
import { pageOf } from '../../../core/shared/pagination.schema.js';
import {
  createSafetyAction,
  listSafetyActionsPage,
  updateSafetyAction,
} from '../../services/safety/safety-actions.service.js';
import {
  createAudit,
  getAudit,
  listAuditsPage,
  siteRiskTrend,
} from '../../services/safety/safety-audits.service.js';
import {
  addAuditPhoto,
  readAuditPhoto,
  removeAuditPhoto,
} from '../../services/safety/safety-photos.service.js';
import type { AppEnv } from '../app-env.js';
import { sendFile, uploadedFile } from '../files.js';
import {
  errorBodySchema,
  idParamSchema,
  jsonBody,
  jsonResponse,
  protectedErrors,
} from '../openapi-common.js';
import { defineRoute } from '../route-table.js';
import { registerSafetySiteRoutes } from './safety-sites.routes.js';

const BASE = '/api/v1/safety';
const tags = ['site safety audits'];

const createAuditRoute = defineRoute('safety.audit', {
  method: 'post',
  path: `${BASE}/sites/{id}/audits`,
  tags,
  summary: 'Record an audit of the site: every item answered and rated (a retry returns it, 200)',
  request: { params: idParamSchema, body: jsonBody(auditEntrySchema) },
  responses: {
    201: jsonResponse(auditSchema, 'The audit, compared with the previous one'),
    200: jsonResponse(auditSchema, 'The same audit, recorded earlier'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Another audit of this site on this date'),
  },
});

const trendRoute = defineRoute('safety.read', {
  method: 'get',
  path: `${BASE}/sites/{id}/trend`,
  tags,
  summary: "The site's high, medium and low findings per audit, oldest first",
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(riskTrendSchema, 'The series'), ...protectedErrors },
});

const listAuditsRoute = defineRoute('safety.read', {
  method: 'get',
  path: `${BASE}/audits`,
  tags,
  summary: 'Audits in your countries, filtered by site and dates, sorted, paged',
  request: { query: listAuditsQuerySchema },
  responses: { 200: jsonResponse(pageOf(auditSummarySchema), 'One page'), ...protectedErrors },
});

const getAuditRoute = defineRoute('safety.read', {
  method: 'get',
  path: `${BASE}/audits/{id}`,
  tags,
  summary: 'One audit in full, with each item’s risk then and now (audited)',
  request: { params: idParamSchema },
  responses: { 200: jsonResponse(auditSchema, 'The audit'), ...protectedErrors },
});

const uploadPhotoRoute = defineRoute('safety.audit', {
  method: 'post',
  path: `${BASE}/audits/{id}/photos`,
  tags,
  summary: 'Add a photo (multipart "file", JPEG/PNG/WebP, 10 MB): resized, all metadata removed',
  request: {
    params: idParamSchema,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.any().openapi({ type: 'string', format: 'binary' }),
            itemCode: z.string().max(20).optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: jsonResponse(photoSchema, 'Stored'),
    ...protectedErrors,
    413: protectedErrors[400],
  },
});

const photoRoute = defineRoute('safety.read', {
  method: 'get',
  path: `${BASE}/audits/{id}/photos/{photoId}`,
  tags,
  summary: 'One photo, always as a download (audited)',
  request: { params: idParamSchema.extend({ photoId: z.uuid() }) },
  responses: { 200: { description: 'The JPEG' }, ...protectedErrors },
});

const removePhotoRoute = defineRoute('safety.audit', {
  method: 'delete',
  path: `${BASE}/audits/{id}/photos/{photoId}`,
  tags,
  summary: 'Remove a photo: its bytes are deleted (audited, without the image)',
  request: { params: idParamSchema.extend({ photoId: z.uuid() }) },
  responses: { 204: { description: 'Removed' }, ...protectedErrors },
});

const createActionRoute = defineRoute('safety.audit', {
  method: 'post',
  path: `${BASE}/audits/{id}/actions`,
  tags,
  summary: 'Make an action of a high or medium finding: owner, due date',
  request: { params: idParamSchema, body: jsonBody(createSafetyActionRequestSchema) },
  responses: {
    201: jsonResponse(safetyActionSchema, 'The action'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'The finding already has an action'),
  },
});

const listActionsRoute = defineRoute('safety.read', {
  method: 'get',
  path: `${BASE}/actions`,
  tags,
  summary: 'Actions of findings in your countries, by site, status, overdue; paged',
  request: { query: listSafetyActionsQuerySchema },
  responses: { 200: jsonResponse(pageOf(safetyActionSchema), 'One page'), ...protectedErrors },
});

const updateActionRoute = defineRoute('safety.audit', {
  method: 'patch',
  path: `${BASE}/actions/{id}`,
  tags,
  summary: 'Change an action’s status, owner or due date (with the version you read)',
  request: { params: idParamSchema, body: jsonBody(updateSafetyActionRequestSchema) },
  responses: {
    200: jsonResponse(safetyActionSchema, 'The action'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Stale version (the current one in details)'),
  },
});

/** Site safety audits: sites and template, audits, photos, the actions findings become. */
export function registerSafetyRoutes(app: OpenAPIHono<AppEnv>) {
  registerSafetySiteRoutes(app);
  const ctx = (c: { get: (key: 'ctx') => AppEnv['Variables']['ctx'] }) => c.get('ctx');
  app.openapi(createAuditRoute, async (c) => {
    const { audit, created } = await createAudit(
      ctx(c),
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return created ? c.json(audit, 201) : c.json(audit, 200);
  });
  app.openapi(trendRoute, async (c) =>
    c.json(await siteRiskTrend(ctx(c), c.req.valid('param').id), 200),
  );
  app.openapi(listAuditsRoute, async (c) =>
    c.json(await listAuditsPage(ctx(c), c.req.valid('query')), 200),
  );
  app.openapi(getAuditRoute, async (c) =>
    c.json(await getAudit(ctx(c), c.req.valid('param').id), 200),
  );
  app.openapi(uploadPhotoRoute, async (c) => {
    const form = c.req.valid('form');
    const file = await uploadedFile(form.file);
    const itemCode = typeof form.itemCode === 'string' && form.itemCode ? form.itemCode : undefined;
    return c.json(await addAuditPhoto(ctx(c), c.req.valid('param').id, file, itemCode), 201);
  });
  app.openapi(photoRoute, async (c) => {
    const { id, photoId } = c.req.valid('param');
    return sendFile(c, await readAuditPhoto(ctx(c), id, photoId));
  });
  app.openapi(removePhotoRoute, async (c) => {
    const { id, photoId } = c.req.valid('param');
    await removeAuditPhoto(ctx(c), id, photoId);
    return c.body(null, 204);
  });
  app.openapi(createActionRoute, async (c) =>
    c.json(await createSafetyAction(ctx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(listActionsRoute, async (c) =>
    c.json(await listSafetyActionsPage(ctx(c), c.req.valid('query')), 200),
  );
  app.openapi(updateActionRoute, async (c) =>
    c.json(await updateSafetyAction(ctx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
