import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChecklistFrameworkCodes } from '../../core/checklists/check-checklist-items.js';
import {
  compareChecklistVersions,
  type ChecklistContent,
} from '../../core/checklists/checklist-content.schema.js';
import { validateChecklistContent } from '../../core/checklists/validate-checklist-content.js';
import type { FrameworkContent } from '../../core/framework/build-framework.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/shared/language.js';
import { DEFAULT_CONTENT_DIR, readJsonFile } from './load-framework.js';

/** Reads and validates each version in <contentDir>/checklists; returns them oldest first. */
export async function loadChecklistVersions(
  framework: FrameworkContent,
  contentDir: string = DEFAULT_CONTENT_DIR,
): Promise<ChecklistContent[]> {
  const checklistsDir = join(contentDir, 'checklists');
  const versions = await listVersionFolders(checklistsDir);
  if (versions.length === 0) throw new Error(`${checklistsDir}: no checklist version found`);
  const codes = listFrameworkCodes(framework);
  const contents = await Promise.all(
    versions.map((version) => loadChecklistVersion(join(checklistsDir, version), version, codes)),
  );
  return contents.sort((a, b) => compareChecklistVersions(a.version, b.version));
}

/** The codes checklist items may refer to, phases in life-cycle order. */
export function listFrameworkCodes(framework: FrameworkContent): ChecklistFrameworkCodes {
  const { structure } = framework;
  return {
    principles: [...structure.principles],
    phases: [...structure.phases].sort((a, b) => a.order - b.order).map((phase) => phase.code),
    sectors: [...structure.sectors],
  };
}

/** Reads items.json and one file per language from a version folder, then validates them. */
async function loadChecklistVersion(
  versionDir: string,
  folderName: string,
  codes: ChecklistFrameworkCodes,
): Promise<ChecklistContent> {
  const [items, ...texts] = await Promise.all([
    readJsonFile(join(versionDir, 'items.json')),
    ...LANGUAGE_CODES.map((lang) => readJsonFile(join(versionDir, `${lang}.json`))),
  ]);
  const translations = Object.fromEntries(
    LANGUAGE_CODES.map((lang, index) => [lang, texts[index]]),
  ) as Record<LanguageCode, unknown>;

  let content: ChecklistContent;
  try {
    content = validateChecklistContent(items, translations, codes);
  } catch (error) {
    throw new Error(`${versionDir}: ${(error as Error).message}`, { cause: error });
  }
  if (content.version !== folderName) {
    const declared = `items.json declares version "${content.version}"`;
    throw new Error(`${versionDir}: ${declared}, its folder is "${folderName}"`);
  }
  return content;
}

/** Names of the subfolders of the checklists folder; each one holds a version. */
async function listVersionFolders(checklistsDir: string): Promise<string[]> {
  try {
    const entries = await readdir(checklistsDir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
