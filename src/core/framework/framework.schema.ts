import { z } from 'zod';

import { LANGUAGE_CODES, type LanguageCode } from '../shared/language.js';

/** Languages the framework content is published in: the languages of the interface. */
export const LANGUAGES = LANGUAGE_CODES;
export const languageSchema = z.enum(LANGUAGES);
export type Language = LanguageCode;

/** Text that must be present and not blank (whitespace only counts as empty). */
const textSchema = z.string().trim().min(1, 'empty');

/** A snake_case code, the language-independent key of a principle, phase, sector or term. */
export const codeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'not a snake_case code');

// ---- structure.json: ordered codes, no text ----

export const phaseStructureSchema = z
  .object({
    code: codeSchema,
    order: z.number().int().min(1),
    isGate: z.boolean(),
  })
  .strict();

export const glossaryStructureSchema = z
  .object({
    code: codeSchema,
    related: z.array(codeSchema).optional(),
    principle: codeSchema.optional(),
  })
  .strict();

export const frameworkStructureSchema = z
  .object({
    version: textSchema,
    principles: z.array(codeSchema).min(1, 'empty'),
    phases: z.array(phaseStructureSchema).min(1, 'empty'),
    sectors: z.array(codeSchema).min(1, 'empty'),
    glossary: z.array(glossaryStructureSchema).min(1, 'empty'),
  })
  .strict();
export type FrameworkStructure = z.infer<typeof frameworkStructureSchema>;

// ---- <lang>.json: the texts of one language, keyed by code ----

export const principleTextSchema = z
  .object({
    name: textSchema,
    short: textSchema,
    description: textSchema,
    inPractice: z.array(textSchema).min(1, 'empty'),
  })
  .strict();

export const namedTextSchema = z.object({ name: textSchema, description: textSchema }).strict();

export const glossaryTextSchema = z.object({ term: textSchema, definition: textSchema }).strict();

export const frameworkTranslationSchema = z
  .object({
    lang: languageSchema,
    principles: z.record(z.string(), principleTextSchema),
    phases: z.record(z.string(), namedTextSchema),
    sectors: z.record(z.string(), namedTextSchema),
    glossary: z.record(z.string(), glossaryTextSchema),
  })
  .strict();
export type FrameworkTranslation = z.infer<typeof frameworkTranslationSchema>;

/** The sections that exist in both structure.json and every language file. */
export const FRAMEWORK_SECTIONS = ['principles', 'phases', 'sectors', 'glossary'] as const;
export type FrameworkSection = (typeof FRAMEWORK_SECTIONS)[number];

// ---- the framework as the API returns it, for one language ----

export const frameworkSchema = z
  .object({
    lang: languageSchema,
    version: z.string(),
    principles: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        short: z.string(),
        description: z.string(),
        inPractice: z.array(z.string()),
      }),
    ),
    phases: z.array(
      z.object({
        code: z.string(),
        order: z.number().int(),
        isGate: z.boolean(),
        name: z.string(),
        description: z.string(),
      }),
    ),
    sectors: z.array(z.object({ code: z.string(), name: z.string(), description: z.string() })),
    glossary: z.array(
      z.object({
        code: z.string(),
        term: z.string(),
        definition: z.string(),
        related: z.array(z.string()),
        principle: z.string().nullable(),
      }),
    ),
  })
  .meta({
    id: 'Framework',
    description:
      'The protection-mainstreaming framework (principles, phases, sectors, glossary) in one language.',
  });
export type Framework = z.infer<typeof frameworkSchema>;
