/** Pieces shared by route declarations: the error body and the usual error responses. */
import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '../../core/errors.js';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBodySchema } },
});

/** The error responses of a route that needs a signed-in caller. */
export const protectedErrors = {
  400: errorResponse('Invalid request: fields named in details.fields'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed for this role'),
  404: errorResponse('Not found, or outside your scope'),
} as const;

/** JSON request body declaration. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/** JSON response declaration. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

export const idParamSchema = z.object({ id: z.uuid() });
