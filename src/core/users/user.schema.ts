import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { LANGUAGE_CODES } from '../shared/language.js';
import { emailSchema, officeSummarySchema } from '../auth/auth.schema.js';
import { pageQuerySchema } from '../shared/pagination.schema.js';

/** Passwords: 8 to 256 characters, no composition rules (SECURITY.md); the common list is checked in core/auth/password-policy.ts. */
export const passwordSchema = z.string().min(8).max(256);

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LANGUAGE_CODES),
  offices: z.array(officeSummarySchema),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

export type User = z.infer<typeof userSchema>;

export const createUserRequestSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    locale: z.enum(LANGUAGE_CODES).default('en'),
    /** Empty: the user acts across the whole organisation. */
    officeIds: z.array(z.uuid()).max(100).default([]),
    password: passwordSchema,
  })
  .strict();

export type CreateUserRequest = z.input<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    locale: z.enum(LANGUAGE_CODES).optional(),
    officeIds: z.array(z.uuid()).max(100).optional(),
    disabled: z.boolean().optional(),
    /** The version the editor saw; a stale version is refused with `conflict`. */
    version: z.number().int().min(1),
  })
  .strict();

export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const USER_SORTS = [
  'email',
  '-email',
  'name',
  '-name',
  'role',
  '-role',
  'createdAt',
  '-createdAt',
] as const;

export const listUsersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  sort: z.enum(USER_SORTS).default('email'),
});

export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
