/** Loads content/safety-audits/<version>/ (items.json + one file per language) and validates it. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  validateSafetyTemplateContent,
  type SafetyTemplateContent,
} from '../../core/safety/safety-template-content.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/shared/language.js';
import { DEFAULT_CONTENT_DIR, readJsonFile } from './load-framework.js';

/** Every shipped version, validated, oldest first; invalid content throws naming its folder. */
export async function loadSafetyTemplates(
  contentDir: string = DEFAULT_CONTENT_DIR,
): Promise<SafetyTemplateContent[]> {
  const dir = join(contentDir, 'safety-audits');
  const entries = await readdir(dir, { withFileTypes: true });
  const versions = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  if (versions.length === 0) throw new Error(`${dir}: no safety audit template found`);
  const contents = await Promise.all(versions.map((v) => loadVersion(join(dir, v), v)));
  return contents.sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }));
}

async function loadVersion(versionDir: string, folder: string): Promise<SafetyTemplateContent> {
  const [structure, ...texts] = await Promise.all([
    readJsonFile(join(versionDir, 'items.json')),
    ...LANGUAGE_CODES.map((lang) => readJsonFile(join(versionDir, `${lang}.json`))),
  ]);
  const translations = Object.fromEntries(
    LANGUAGE_CODES.map((lang, i) => [lang, texts[i]]),
  ) as Record<LanguageCode, unknown>;
  let content: SafetyTemplateContent;
  try {
    content = validateSafetyTemplateContent(structure, translations);
  } catch (error) {
    throw new Error(`${versionDir}: ${(error as Error).message}`, { cause: error });
  }
  if (content.version !== folder)
    throw new Error(
      `${versionDir}: items.json declares ${content.version}, its folder is ${folder}`,
    );
  return content;
}

let shipped: Promise<SafetyTemplateContent[]> | undefined;

/** The shipped versions, read once per process; start-up calls it so invalid content stops the server. */
export function shippedSafetyTemplates(): Promise<SafetyTemplateContent[]> {
  shipped ??= loadSafetyTemplates().catch((error: unknown) => {
    shipped = undefined;
    throw error;
  });
  return shipped;
}

/** The newest shipped version. */
export async function latestSafetyTemplate(): Promise<SafetyTemplateContent> {
  const all = await shippedSafetyTemplates();
  return all[all.length - 1]!;
}
