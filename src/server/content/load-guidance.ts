/** Loads content/guidance (structure + one file per language) and validates it. */
import { join } from 'node:path';
import {
  validateGuidanceContent,
  type ShippedGuidance,
} from '../../core/capacity/guidance-content.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/shared/language.js';
import { DEFAULT_CONTENT_DIR, readJsonFile } from './load-framework.js';

/** Reads and validates the guidance library of a content folder. */
export async function loadGuidance(
  contentDir: string = DEFAULT_CONTENT_DIR,
): Promise<ShippedGuidance[]> {
  const dir = join(contentDir, 'guidance');
  const [structure, ...texts] = await Promise.all([
    readJsonFile(join(dir, 'structure.json')),
    ...LANGUAGE_CODES.map((lang) => readJsonFile(join(dir, `${lang}.json`))),
  ]);
  const translations = Object.fromEntries(
    LANGUAGE_CODES.map((lang, i) => [lang, texts[i]]),
  ) as Record<LanguageCode, unknown>;
  return validateGuidanceContent(structure, translations);
}

let shipped: Promise<ShippedGuidance[]> | undefined;

/** The shipped library, read once per process; a failed read is not cached. */
export function shippedGuidance(): Promise<ShippedGuidance[]> {
  shipped ??= loadGuidance().catch((error: unknown) => {
    shipped = undefined;
    throw error;
  });
  return shipped;
}
