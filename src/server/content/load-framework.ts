import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  validateFrameworkContent,
  type FrameworkContent,
} from '../../core/framework/build-framework.js';
import { LANGUAGES, type Language } from '../../core/framework/framework.schema.js';

// Three levels up from src/server/content/ (or dist/server/content/ once compiled): the repo root.
export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../../content', import.meta.url));

/** Reads structure.json and one file per language from <contentDir>/framework, then validates them. */
export async function loadFrameworkContent(
  contentDir: string = DEFAULT_CONTENT_DIR,
): Promise<FrameworkContent> {
  const frameworkDir = join(contentDir, 'framework');
  const [structure, ...texts] = await Promise.all([
    readJsonFile(join(frameworkDir, 'structure.json')),
    ...LANGUAGES.map((lang) => readJsonFile(join(frameworkDir, `${lang}.json`))),
  ]);
  const translations = Object.fromEntries(
    LANGUAGES.map((lang, index) => [lang, texts[index]]),
  ) as Record<Language, unknown>;
  return validateFrameworkContent(structure, translations);
}

/** Parses a JSON file; an absent file yields undefined so validation reports it with the rest. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${path}: invalid JSON (${(error as Error).message})`, { cause: error });
  }
}
