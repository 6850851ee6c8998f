import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { attachEvidence, listEvidence, readEvidence } from '../../services/attachments.service.js';
import type { AppEnv } from '../app-env.js';
import { sendFile, uploadedFile } from '../files.js';
import { idParamSchema, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const attachmentSchema = z.object({
  id: z.uuid(),
  itemId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

const uploadRoute = defineRoute('checklist.answer', {
  method: 'post',
  path: '/api/v1/projects/{id}/answers/{itemId}/attachments',
  tags: ['checklists'],
  summary:
    'Attach evidence to an item (multipart field "file"; PDF, images, Word, Excel, text; 10 MB at most)',
  request: {
    params: idParamSchema.extend({ itemId: z.string().min(1).max(80) }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
        },
      },
    },
  },
  responses: {
    201: jsonResponse(attachmentSchema, 'Stored'),
    ...protectedErrors,
    413: protectedErrors[400],
  },
});

const listRoute = defineRoute('checklist.read', {
  method: 'get',
  path: '/api/v1/projects/{id}/attachments',
  tags: ['checklists'],
  summary: 'Evidence attached to the project’s answers',
  request: { params: idParamSchema, query: z.object({ itemId: z.string().max(80).optional() }) },
  responses: {
    200: jsonResponse(z.object({ items: z.array(attachmentSchema) }), 'Attachments'),
    ...protectedErrors,
  },
});

const downloadRoute = defineRoute('checklist.read', {
  method: 'get',
  path: '/api/v1/projects/{id}/attachments/{attachmentId}',
  tags: ['checklists'],
  summary: 'Download one attachment (always as a download, never rendered)',
  request: { params: idParamSchema.extend({ attachmentId: z.uuid() }) },
  responses: { 200: { description: 'The file' }, ...protectedErrors },
});

/** Evidence files. */
export function registerAttachmentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(uploadRoute, async (c) => {
    const { id, itemId } = c.req.valid('param');
    const file = await uploadedFile(c.req.valid('form').file);
    return c.json(await attachEvidence(c.get('ctx'), id, itemId, file), 201);
  });
  app.openapi(listRoute, async (c) =>
    c.json(
      await listEvidence(c.get('ctx'), c.req.valid('param').id, c.req.valid('query').itemId),
      200,
    ),
  );
  app.openapi(downloadRoute, async (c) => {
    const { id, attachmentId } = c.req.valid('param');
    const file = await readEvidence(c.get('ctx'), id, attachmentId);
    return sendFile(c, {
      filename: file.filename,
      contentType: file.contentType,
      body: file.content,
    });
  });
}
