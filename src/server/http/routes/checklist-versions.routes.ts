import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { CHECKLIST_PHASES } from '../../../core/projects/phase.js';
import {
  addCustomItem,
  publishChecklistVersion,
} from '../../services/checklist-versions.service.js';
import type { AppEnv } from '../app-env.js';
import { errorBodySchema, jsonBody, jsonResponse, protectedErrors } from '../openapi-common.js';
import { defineRoute } from '../route-table.js';

const itemTextSchema = z
  .object({
    text: z.string().trim().min(3).max(1000),
    guidance: z.string().trim().min(3).max(4000),
  })
  .strict();
const textsSchema = z
  .object({ en: itemTextSchema, fr: itemTextSchema, es: itemTextSchema, ar: itemTextSchema })
  .strict();

const publishRoute = defineRoute('checklists.publish', {
  method: 'post',
  path: '/api/v1/checklists/versions',
  tags: ['checklists'],
  summary: 'Publish a new checklist version (content import: items.json and one file per language)',
  request: {
    body: jsonBody(
      z
        .object({
          items: z.unknown(),
          translations: z
            .object({ en: z.unknown(), fr: z.unknown(), es: z.unknown(), ar: z.unknown() })
            .strict(),
        })
        .strict(),
    ),
  },
  responses: {
    201: jsonResponse(z.object({ version: z.string(), items: z.number().int() }), 'Published'),
    ...protectedErrors,
    409: jsonResponse(errorBodySchema, 'Version already published'),
  },
});

const addItemRoute = defineRoute('checklists.addItem', {
  method: 'post',
  path: '/api/v1/checklists/items',
  tags: ['checklists'],
  summary: "Add the organisation's own item to its current checklist version (new projects get it)",
  request: {
    body: jsonBody(
      z
        .object({
          principle: z.string().min(1),
          phase: z.enum(CHECKLIST_PHASES),
          sector: z.string().min(1).nullable().default(null),
          mandatory: z.boolean().default(false),
          evidenceRequired: z.boolean().default(false),
          texts: textsSchema,
        })
        .strict()
        .refine((i) => !i.mandatory || i.phase === 'design' || i.phase === 'endorsement', {
          message: 'only design and endorsement items can be mandatory',
          path: ['mandatory'],
        }),
    ),
  },
  responses: {
    201: jsonResponse(z.object({ itemId: z.string(), version: z.string() }), 'The new item'),
    ...protectedErrors,
  },
});

/** Checklist content administration. */
export function registerChecklistVersionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(publishRoute, async (c) =>
    c.json(await publishChecklistVersion(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(addItemRoute, async (c) =>
    c.json(await addCustomItem(c.get('ctx'), c.req.valid('json')), 201),
  );
}
