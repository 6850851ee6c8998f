/**
 * Site safety audit templates (DOMAIN.md §7): the shipped content and the organisation's versions.
 * Items keep their code across versions, so a re-audit compares like with like.
 */
import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../shared/language.js';

export const SAFETY_TOPICS = [
  'layout',
  'security',
  'lighting',
  'latrines',
  'bathing',
  'water',
  'shelter',
  'distribution',
  'routes',
  'services',
  'information',
] as const;

export type SafetyTopic = (typeof SAFETY_TOPICS)[number];

export const itemCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{2,12}-[0-9]{2,3}$/, { error: 'code like lat-06' });

const itemTextSchema = z.strictObject({
  question: z.string().trim().min(5).max(500),
  guidance: z.string().trim().max(2000),
});

export type SafetyItemText = z.infer<typeof itemTextSchema>;

/** The four languages of an item's question and guidance, all required. */
export const itemTextsSchema = z.strictObject({
  en: itemTextSchema,
  fr: itemTextSchema,
  es: itemTextSchema,
  ar: itemTextSchema,
});

export type SafetyItemTexts = Record<LanguageCode, SafetyItemText>;

/** One item of a template version, as stored (all languages). */
export const templateItemSchema = z.strictObject({
  code: itemCodeSchema,
  topic: z.enum(SAFETY_TOPICS),
  /** Checked after dark (lighting, security at night). */
  atNight: z.boolean(),
  /** Retired items stay in the version for the audits that answered them, but are no longer asked. */
  retired: z.boolean(),
  texts: itemTextsSchema,
});

export type TemplateItem = z.infer<typeof templateItemSchema>;

/** One item in the reader's language. */
export const safetyItemSchema = z.strictObject({
  code: z.string(),
  topic: z.enum(SAFETY_TOPICS),
  topicName: z.string(),
  atNight: z.boolean(),
  retired: z.boolean(),
  question: z.string(),
  guidance: z.string(),
});

export type SafetyItem = z.infer<typeof safetyItemSchema>;

/** A template version in the reader's language. */
export const safetyTemplateSchema = z.strictObject({
  id: z.uuid(),
  number: z.number().int(),
  contentVersion: z.string(),
  createdAt: z.string(),
  /** Items with their texts in all four languages, for those who edit the template. */
  items: z.array(safetyItemSchema.extend({ texts: itemTextsSchema })),
});

export type SafetyTemplate = z.infer<typeof safetyTemplateSchema>;

/** Adds an organisation item to the template (a new version); `basedOn` is the number read. */
export const addTemplateItemRequestSchema = z.strictObject({
  basedOn: z.number().int().min(1),
  code: itemCodeSchema,
  topic: z.enum(SAFETY_TOPICS),
  atNight: z.boolean().default(false),
  texts: itemTextsSchema,
});

export type AddTemplateItemRequest = z.input<typeof addTemplateItemRequestSchema>;

/** Rewords or retires (or brings back) an item (a new version). */
export const changeTemplateItemRequestSchema = z.strictObject({
  basedOn: z.number().int().min(1),
  texts: itemTextsSchema.optional(),
  atNight: z.boolean().optional(),
  retired: z.boolean().optional(),
});

export type ChangeTemplateItemRequest = z.infer<typeof changeTemplateItemRequestSchema>;

/** Topic names in every language, as the content declares them. */
export type TopicNames = Record<LanguageCode, Record<SafetyTopic, string>>;

export { LANGUAGE_CODES };
