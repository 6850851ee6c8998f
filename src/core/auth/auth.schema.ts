import { z } from 'zod';
import { ROLES } from './roles.js';
import { LANGUAGE_CODES } from '../shared/language.js';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const loginRequestSchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1).max(1024),
    totp: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict();

export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const officeSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  country: z.string().length(3),
});

export type OfficeSummary = z.infer<typeof officeSummarySchema>;

/** Who is signed in: the answer of GET /api/v1/me and of a successful login. */
export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LANGUAGE_CODES),
  totpEnabled: z.boolean(),
  /** The organisation requires a second factor of this user, not set up yet: nothing else works. */
  secondFactorSetupRequired: z.boolean(),
  organization: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  scope: z.object({
    /** 'organization' when the user acts across the whole organisation. */
    kind: z.enum(['organization', 'offices']),
    offices: z.array(officeSummarySchema),
  }),
});

export type Me = z.infer<typeof meSchema>;

export const totpSetupSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });

export const totpCodeRequestSchema = z.object({ code: z.string().regex(/^\d{6}$/) }).strict();
