/** Validation of the shipped template content: items.json plus one file per language. */
import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../shared/language.js';
import {
  itemCodeSchema,
  SAFETY_TOPICS,
  type SafetyTopic,
  type TemplateItem,
  type TopicNames,
} from './safety-template.schema.js';

const structureSchema = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d+$/),
  topics: z.array(z.enum(SAFETY_TOPICS)).min(1),
  items: z
    .array(
      z.strictObject({ code: itemCodeSchema, topic: z.enum(SAFETY_TOPICS), atNight: z.boolean() }),
    )
    .min(1),
});

const languageSchema = z.strictObject({
  lang: z.enum(LANGUAGE_CODES),
  topics: z.record(z.string(), z.string().trim().min(1)),
  items: z.record(
    z.string(),
    z.strictObject({
      question: z.string().trim().min(5).max(500),
      guidance: z.string().trim().max(2000),
    }),
  ),
});

export interface SafetyTemplateContent {
  version: string;
  items: TemplateItem[];
  topicNames: TopicNames;
}

/** Checks the structure and every language against it; throws a message naming what is wrong. */
export function validateSafetyTemplateContent(
  structure: unknown,
  translations: Record<LanguageCode, unknown>,
): SafetyTemplateContent {
  const parsed = structureSchema.parse(structure);
  const codes = parsed.items.map((item) => item.code);
  const duplicate = codes.find((code, index) => codes.indexOf(code) !== index);
  if (duplicate) throw new Error(`item ${duplicate} appears twice`);
  const missingTopic = SAFETY_TOPICS.find((topic) => !parsed.topics.includes(topic));
  if (missingTopic) throw new Error(`topic ${missingTopic} has no item list entry`);
  const uncovered = parsed.topics.find((topic) => !parsed.items.some((i) => i.topic === topic));
  if (uncovered) throw new Error(`topic ${uncovered} has no item`);
  const languages = LANGUAGE_CODES.map((lang) => checkLanguage(lang, translations[lang], codes));
  const byLang = Object.fromEntries(LANGUAGE_CODES.map((lang, i) => [lang, languages[i]!]));
  const items = parsed.items.map((item) => ({
    ...item,
    retired: false,
    texts: Object.fromEntries(
      LANGUAGE_CODES.map((lang) => [lang, byLang[lang]!.items[item.code]!]),
    ) as TemplateItem['texts'],
  }));
  const topicNames = Object.fromEntries(
    LANGUAGE_CODES.map((lang) => [lang, byLang[lang]!.topics]),
  ) as TopicNames;
  return { version: parsed.version, items, topicNames };
}

function checkLanguage(lang: LanguageCode, raw: unknown, codes: string[]) {
  const parsed = languageSchema.parse(raw);
  if (parsed.lang !== lang) throw new Error(`${lang}.json declares language ${parsed.lang}`);
  const missing = codes.find((code) => !parsed.items[code]);
  if (missing) throw new Error(`${lang}.json: item ${missing} has no text`);
  const unknown = Object.keys(parsed.items).find((code) => !codes.includes(code));
  if (unknown) throw new Error(`${lang}.json: item ${unknown} is not in items.json`);
  const topic = SAFETY_TOPICS.find((t) => !parsed.topics[t]);
  if (topic) throw new Error(`${lang}.json: topic ${topic} has no name`);
  return { items: parsed.items, topics: parsed.topics as Record<SafetyTopic, string> };
}
