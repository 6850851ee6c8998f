/**
 * The shipped guidance library (content/guidance/): entries in structure.json and a title and
 * description per language file. Every entry must have its text in the four languages.
 */
import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../shared/language.js';
import { WORK_AREAS, type WorkArea } from './capacity-codes.js';
import { guidanceTextSchema } from './guidance.schema.js';

const structureSchema = z
  .object({
    version: z.string().min(1),
    note: z.string(),
    entries: z.array(
      z
        .object({
          code: z.string().regex(/^[a-z0-9_]+$/),
          area: z.enum(WORK_AREAS),
          publisher: z.string().min(1),
          year: z.number().int().nullable(),
          languages: z.array(z.enum(LANGUAGE_CODES)).min(1),
          url: z.url({ protocol: /^https$/ }).nullable(),
        })
        .strict(),
    ),
  })
  .strict();

const translationSchema = z
  .object({ lang: z.enum(LANGUAGE_CODES), entries: z.record(z.string(), guidanceTextSchema) })
  .strict();

export interface ShippedGuidance {
  code: string;
  area: WorkArea;
  publisher: string;
  year: number | null;
  languages: LanguageCode[];
  url: string | null;
  texts: Record<LanguageCode, z.infer<typeof guidanceTextSchema>>;
}

/** Validates the content, or throws listing every problem (codes missing from a language...). */
export function validateGuidanceContent(
  structure: unknown,
  translations: Record<LanguageCode, unknown>,
): ShippedGuidance[] {
  const parsed = structureSchema.parse(structure);
  const texts = Object.fromEntries(
    LANGUAGE_CODES.map((lang) => [lang, translationSchema.parse(translations[lang]).entries]),
  ) as Record<LanguageCode, Record<string, z.infer<typeof guidanceTextSchema>>>;
  const problems = parsed.entries.flatMap((e) =>
    LANGUAGE_CODES.filter((lang) => !texts[lang][e.code]).map((l) => `${l}: ${e.code} missing`),
  );
  const codes = parsed.entries.map((e) => e.code);
  if (new Set(codes).size !== codes.length) problems.push('structure: duplicate code');
  if (problems.length) throw new Error(`guidance content: ${problems.join('; ')}`);
  return parsed.entries.map((e) => ({
    ...e,
    texts: Object.fromEntries(LANGUAGE_CODES.map((l) => [l, texts[l][e.code]!])) as Record<
      LanguageCode,
      z.infer<typeof guidanceTextSchema>
    >,
  }));
}
