import type { z } from 'zod';

import { LANGUAGE_CODES, isLanguageCode, type LanguageCode } from '../shared/language.js';
import { checkChecklistItems, type ChecklistFrameworkCodes } from './check-checklist-items.js';
import {
  checklistItemsFileSchema,
  checklistTranslationSchema,
  type ChecklistContent,
  type ChecklistItemText,
} from './checklist-content.schema.js';

// A missing field gets the same word everywhere in the report, whatever schema raised it.
const PARSE_OPTIONS = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'missing' : undefined),
};

/** Parses and checks one checklist version; throws one Error listing every problem, one a line. */
export function validateChecklistContent(
  items: unknown,
  translations: Record<LanguageCode, unknown>,
  framework: ChecklistFrameworkCodes,
): ChecklistContent {
  const parsedItems = checklistItemsFileSchema.safeParse(items, PARSE_OPTIONS);
  const problems = parsedItems.success
    ? checkChecklistItems(parsedItems.data.items, framework)
    : formatIssues('items', parsedItems.error.issues, (path) => namePathById(items, path));
  const ids = parsedItems.success ? parsedItems.data.items.map((item) => item.id) : undefined;

  const texts: Partial<Record<LanguageCode, Record<string, ChecklistItemText>>> = {};
  for (const lang of LANGUAGE_CODES) {
    const result = parseTranslation(lang, translations[lang], ids);
    problems.push(...result.problems);
    if (result.texts) texts[lang] = result.texts;
  }
  for (const key of Object.keys(translations)) {
    if (!isLanguageCode(key)) problems.push(`${key}: language not supported`);
  }

  if (!parsedItems.success || problems.length > 0) {
    throw new Error(
      `Checklist content is invalid (${problems.length} problems):\n` +
        problems.map((problem) => `- ${problem}`).join('\n'),
    );
  }
  return {
    version: parsedItems.data.version,
    items: parsedItems.data.items,
    texts: texts as Record<LanguageCode, Record<string, ChecklistItemText>>,
  };
}

/** Parses one language file; completeness is checked only when the item list itself parsed. */
function parseTranslation(
  lang: LanguageCode,
  raw: unknown,
  ids: readonly string[] | undefined,
): { texts?: Record<string, ChecklistItemText>; problems: string[] } {
  if (raw === undefined) return { problems: [`${lang}: language file missing`] };
  const result = checklistTranslationSchema.safeParse(raw, PARSE_OPTIONS);
  const problems = result.success ? [] : formatIssues(lang, result.error.issues);
  if (result.success && result.data.lang !== lang) {
    problems.push(`${lang}: lang is "${result.data.lang}", expected "${lang}"`);
  }
  if (ids) problems.push(...checkCompleteness(lang, ids, raw));
  return result.success ? { texts: result.data.items, problems } : { problems };
}

/** Lists item ids without texts in a language, and texts for ids that are not items. */
function checkCompleteness(lang: LanguageCode, ids: readonly string[], raw: unknown): string[] {
  const entries = isRecord(raw) ? raw.items : undefined;
  if (!isRecord(entries)) return []; // the schema already reported the section itself
  const problems: string[] = [];
  for (const id of ids) {
    if (!Object.hasOwn(entries, id)) problems.push(`${lang}: items.${id} missing`);
  }
  const known = new Set(ids);
  for (const id of Object.keys(entries)) {
    if (!known.has(id)) problems.push(`${lang}: items.${id} not in items.json`);
  }
  return problems;
}

type Path = readonly PropertyKey[];

/** Turns zod issues into `<prefix>: <path> <message>` lines, one per unknown key. */
function formatIssues(
  prefix: string,
  issues: readonly z.core.$ZodIssue[],
  rename: (path: Path) => Path = (path) => path,
): string[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map(
          (key) => `${prefix}: ${formatPath(rename([...issue.path, key]))} not allowed`,
        )
      : [`${prefix}: ${formatPath(rename(issue.path))} ${issue.message}`],
  );
}

/** Names an item by its id rather than its index: `items.3.phase` → `sd-design-01.phase`. */
function namePathById(raw: unknown, path: Path): Path {
  const [section, index, ...rest] = path;
  if (section !== 'items' || typeof index !== 'number' || !isRecord(raw)) return path;
  const item = Array.isArray(raw.items) ? (raw.items[index] as unknown) : undefined;
  const id = isRecord(item) ? item.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? [id, ...rest] : path;
}

function formatPath(path: Path): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
