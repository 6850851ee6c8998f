import { z } from 'zod';
import { ROLES } from './roles.js';

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(ROLES),
  /** The first characters of the token, to recognise it; the token itself is never shown again. */
  prefix: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(ROLES),
    officeIds: z.array(z.uuid()).max(100).default([]),
    expiresInDays: z.number().int().min(1).max(730).optional(),
  })
  .strict();

export type CreateApiTokenRequest = z.input<typeof createApiTokenRequestSchema>;

/** The answer to a token creation: the only time the secret token is shown. */
export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string() });
