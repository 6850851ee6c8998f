import type { z } from 'zod';
import {
  FRAMEWORK_SECTIONS,
  LANGUAGES,
  frameworkStructureSchema,
  frameworkTranslationSchema,
  type Framework,
  type FrameworkSection,
  type FrameworkStructure,
  type FrameworkTranslation,
  type Language,
} from './framework.schema.js';
import { checkStructure, listSectionCodes } from './check-structure.js';

/** The framework content once validated: the skeleton plus complete texts in every language. */
export interface FrameworkContent {
  structure: FrameworkStructure;
  translations: Record<Language, FrameworkTranslation>;
}

// A missing field gets the same word everywhere in the report, whatever schema raised it.
const PARSE_OPTIONS = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'missing' : undefined),
};

/** Parses structure and translations and checks completeness; throws one Error listing every problem. */
export function validateFrameworkContent(
  structure: unknown,
  translations: Record<Language, unknown>,
): FrameworkContent {
  const parsedStructure = frameworkStructureSchema.safeParse(structure, PARSE_OPTIONS);
  const problems = parsedStructure.success
    ? checkStructure(parsedStructure.data)
    : formatIssues('structure', parsedStructure.error.issues);

  const parsed: Partial<Record<Language, FrameworkTranslation>> = {};
  for (const lang of LANGUAGES) {
    const result = parseTranslation(lang, translations[lang], parsedStructure.data);
    problems.push(...result.problems);
    if (result.translation) parsed[lang] = result.translation;
  }
  for (const key of Object.keys(translations)) {
    if (!isLanguage(key)) problems.push(`${key}: language not supported`);
  }

  if (!parsedStructure.success || problems.length > 0) {
    throw new Error(
      `Framework content is invalid (${problems.length} problems):\n` +
        problems.map((problem) => `- ${problem}`).join('\n'),
    );
  }
  return {
    structure: parsedStructure.data,
    translations: parsed as Record<Language, FrameworkTranslation>,
  };
}

/** Builds the framework for one language, in the order set by structure.json. */
export function buildFramework(content: FrameworkContent, lang: Language): Framework {
  const { structure } = content;
  const texts = content.translations[lang];
  const phases = [...structure.phases].sort((a, b) => a.order - b.order);
  return {
    lang,
    version: structure.version,
    principles: structure.principles.map((code) => {
      const text = entryOf(texts.principles, 'principles', code);
      const { name, short, description } = text;
      return { code, name, short, description, inPractice: [...text.inPractice] };
    }),
    phases: phases.map(({ code, order, isGate }) => {
      const { name, description } = entryOf(texts.phases, 'phases', code);
      return { code, order, isGate, name, description };
    }),
    sectors: structure.sectors.map((code) => {
      const { name, description } = entryOf(texts.sectors, 'sectors', code);
      return { code, name, description };
    }),
    glossary: structure.glossary.map(({ code, related, principle }) => {
      const { term, definition } = entryOf(texts.glossary, 'glossary', code);
      return {
        code,
        term,
        definition,
        related: [...(related ?? [])],
        principle: principle ?? null,
      };
    }),
  };
}

/** Parses one language file; completeness is checked only when the structure itself parsed. */
function parseTranslation(
  lang: Language,
  raw: unknown,
  structure: FrameworkStructure | undefined,
): { translation?: FrameworkTranslation; problems: string[] } {
  if (raw === undefined) return { problems: [`${lang}: language file missing`] };
  const result = frameworkTranslationSchema.safeParse(raw, PARSE_OPTIONS);
  const problems = result.success ? [] : formatIssues(lang, result.error.issues);
  if (result.success && result.data.lang !== lang) {
    problems.push(`${lang}: lang is "${result.data.lang}", expected "${lang}"`);
  }
  if (structure) problems.push(...checkCompleteness(lang, structure, raw));
  return result.success ? { translation: result.data, problems } : { problems };
}

/** Lists codes present in structure but absent from a language, and the reverse. */
function checkCompleteness(lang: Language, structure: FrameworkStructure, raw: unknown): string[] {
  const problems: string[] = [];
  const codesBySection = listSectionCodes(structure);
  for (const section of FRAMEWORK_SECTIONS) {
    const entries = isRecord(raw) ? raw[section] : undefined;
    if (!isRecord(entries)) continue; // the schema already reported the section itself
    const expected = codesBySection[section];
    for (const code of expected) {
      if (!Object.hasOwn(entries, code)) problems.push(`${lang}: ${section}.${code} missing`);
    }
    for (const code of Object.keys(entries)) {
      if (!expected.includes(code)) problems.push(`${lang}: ${section}.${code} not in structure`);
    }
  }
  return problems;
}

/** Turns zod issues into `<prefix>: <path> <message>` lines, one per unknown key. */
function formatIssues(prefix: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${prefix}: ${formatPath([...issue.path, key])} not allowed`)
      : [`${prefix}: ${formatPath(issue.path)} ${issue.message}`],
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function entryOf<T>(entries: Record<string, T>, section: FrameworkSection, code: string): T {
  const entry = entries[code];
  if (entry === undefined) throw new Error(`Framework content has no ${section}.${code}`);
  return entry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
