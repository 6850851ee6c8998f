/** Loads content/protection-risks (structure + one file per language) and validates it. */
import { join } from 'node:path';
import {
  validateProtectionRiskContent,
  type ProtectionRiskContent,
} from '../../core/risk/protection-risk-content.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/shared/language.js';
import { DEFAULT_CONTENT_DIR, readJsonFile } from './load-framework.js';

/** Reads and validates the protection risk content of a content folder. */
export async function loadProtectionRisks(
  contentDir: string = DEFAULT_CONTENT_DIR,
): Promise<ProtectionRiskContent> {
  const dir = join(contentDir, 'protection-risks');
  const [structure, ...texts] = await Promise.all([
    readJsonFile(join(dir, 'structure.json')),
    ...LANGUAGE_CODES.map((lang) => readJsonFile(join(dir, `${lang}.json`))),
  ]);
  const translations = Object.fromEntries(
    LANGUAGE_CODES.map((lang, i) => [lang, texts[i]]),
  ) as Record<LanguageCode, unknown>;
  return validateProtectionRiskContent(structure, translations);
}

let shipped: Promise<ProtectionRiskContent> | undefined;

/**
 * The shipped content, read once per process. Start-up calls it so that invalid content stops
 * the server before it serves anything; a failed read is not cached.
 */
export function shippedProtectionRisks(): Promise<ProtectionRiskContent> {
  shipped ??= loadProtectionRisks().catch((error: unknown) => {
    shipped = undefined;
    throw error;
  });
  return shipped;
}
