/**
 * Guidance library entries (decision 030): shipped content and the organisation's own entries or
 * edits, with a title and description per language, the languages the document exists in, the
 * publisher, the year and an optional link. Shared by the API and the form.
 */
import { z } from 'zod';
import { LANGUAGE_CODES } from '../shared/language.js';
import { WORK_AREAS } from './capacity-codes.js';
import { webLinkSchema } from './roadmap.schema.js';

export const guidanceTextSchema = z
  .object({
    title: z.string().trim().min(1).max(400),
    description: z.string().trim().min(1).max(4000),
  })
  .strict();

const textsSchema = z
  .object({
    en: guidanceTextSchema.optional(),
    fr: guidanceTextSchema.optional(),
    es: guidanceTextSchema.optional(),
    ar: guidanceTextSchema.optional(),
  })
  .strict()
  .refine((t) => Object.values(t).some(Boolean), { message: 'required' });

export const guidanceRequestSchema = z
  .object({
    area: z.enum(WORK_AREAS),
    texts: textsSchema,
    languages: z.array(z.enum(LANGUAGE_CODES)).min(1).max(4),
    publisher: z.string().trim().min(1).max(300),
    year: z.number().int().min(1945).max(2100).nullable().default(null),
    url: webLinkSchema.nullable().default(null),
  })
  .strict();
export type GuidanceRequest = z.input<typeof guidanceRequestSchema>;

export const updateGuidanceRequestSchema = guidanceRequestSchema
  .extend({ version: z.number().int().min(0) })
  .strict();
export type UpdateGuidanceRequest = z.input<typeof updateGuidanceRequestSchema>;

export const guidanceEntrySchema = z.object({
  /** `content:<code>` for a shipped entry not edited, otherwise the stored id. */
  id: z.string(),
  contentCode: z.string().nullable(),
  area: z.enum(WORK_AREAS),
  /** The text in the caller's language, or in the first language the entry has. */
  title: z.string(),
  description: z.string(),
  textLanguage: z.enum(LANGUAGE_CODES),
  texts: z.record(z.string(), guidanceTextSchema),
  languages: z.array(z.enum(LANGUAGE_CODES)),
  publisher: z.string(),
  year: z.number().int().nullable(),
  url: z.string().nullable(),
  isEdited: z.boolean(),
  glossary: z.array(z.object({ code: z.string(), term: z.string() })),
  /** 0 for a shipped entry never edited. */
  version: z.number().int(),
});
export type GuidanceEntry = z.infer<typeof guidanceEntrySchema>;

export const searchGuidanceQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    area: z.enum(WORK_AREAS).optional(),
    language: z.enum(LANGUAGE_CODES).optional(),
  })
  .strict();
export type SearchGuidanceQuery = z.infer<typeof searchGuidanceQuerySchema>;
