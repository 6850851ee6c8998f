import { z } from 'zod';

import { codeSchema } from '../framework/framework.schema.js';
import { LANGUAGE_CODES, type LanguageCode } from '../shared/language.js';

/** Text that must be present and not blank (whitespace only counts as empty). */
const textSchema = z.string().trim().min(1, 'empty');

/** A checklist version, also the name of its folder: `<year>.<release>`, e.g. `2026.1`. */
export const checklistVersionSchema = z.string().regex(/^\d{4}\.\d+$/, 'not a version (YYYY.N)');

/** An item id: `<prefix>-<phase or sector code>-NN`, e.g. `sd-design-01`, `sec-health-02`. */
export const checklistItemIdSchema = z
  .string()
  .regex(/^[a-z]+-[a-z][a-z0-9_]*-\d{2}$/, 'not an item id (<prefix>-<code>-NN)');

/** The id prefix of each principle's general items; sector items start with `sec`. */
export const PRINCIPLE_ID_PREFIXES: Readonly<Record<string, string>> = {
  safety_dignity: 'sd',
  meaningful_access: 'ma',
  accountability: 'acc',
  participation_empowerment: 'pe',
};
export const SECTOR_ID_PREFIX = 'sec';

/** Phases after the endorsement gate: their items can never be mandatory. */
export const PHASES_WITHOUT_MANDATORY_ITEMS: readonly string[] = ['implementation', 'evaluation'];

/** Coverage every version must reach. */
export const MIN_GENERAL_ITEMS_PER_PRINCIPLE_PHASE = 4;
export const MIN_ITEMS_PER_SECTOR = 3;

// ---- items.json: the language-independent item list ----

export const checklistItemDefinitionSchema = z
  .object({
    id: checklistItemIdSchema,
    principle: codeSchema,
    phase: codeSchema,
    sector: codeSchema.nullable(),
    mandatory: z.boolean(),
    evidenceRequired: z.boolean(),
  })
  .strict();
export type ChecklistItemDefinition = z.infer<typeof checklistItemDefinitionSchema>;

export const checklistItemsFileSchema = z
  .object({
    version: checklistVersionSchema,
    items: z.array(checklistItemDefinitionSchema).min(1, 'empty'),
  })
  .strict();
export type ChecklistItemsFile = z.infer<typeof checklistItemsFileSchema>;

// ---- <lang>.json: the texts of one language, keyed by item id ----

export const checklistItemTextSchema = z
  .object({ text: textSchema, guidance: textSchema })
  .strict();
export type ChecklistItemText = z.infer<typeof checklistItemTextSchema>;

export const checklistTranslationSchema = z
  .object({
    lang: z.enum(LANGUAGE_CODES),
    items: z.record(z.string(), checklistItemTextSchema),
  })
  .strict();
export type ChecklistTranslation = z.infer<typeof checklistTranslationSchema>;

// ---- one validated version ----

/** A checklist version once validated: its items and their texts in every language. */
export interface ChecklistContent {
  version: string;
  items: ChecklistItemDefinition[];
  texts: Record<LanguageCode, Record<string, ChecklistItemText>>;
}

/** Orders versions by year, then release number (`2026.2` before `2026.10`). */
export function compareChecklistVersions(a: string, b: string): number {
  const [yearA = 0, releaseA = 0] = a.split('.').map(Number);
  const [yearB = 0, releaseB = 0] = b.split('.').map(Number);
  return yearA - yearB || releaseA - releaseB;
}
