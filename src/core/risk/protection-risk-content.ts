/**
 * The GPC standard protection risks as content (content/protection-risks/): the list of codes in
 * structure.json and a name and short description per language. The codes must be exactly those
 * of PROTECTION_RISKS, so stored analyses and the content can never disagree.
 */
import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../shared/language.js';
import { PROTECTION_RISKS, type ProtectionRisk } from './protection-risks.js';

const riskTextSchema = z
  .object({ name: z.string().trim().min(1).max(300), description: z.string().trim().min(1) })
  .strict();

export const protectionRiskStructureSchema = z
  .object({ version: z.string().min(1), source: z.string().min(1), risks: z.array(z.string()) })
  .strict();

export const protectionRiskTranslationSchema = z
  .object({ lang: z.enum(LANGUAGE_CODES), risks: z.record(z.string(), riskTextSchema) })
  .strict();

export type ProtectionRiskText = z.infer<typeof riskTextSchema>;

/** The validated content: codes in display order, and complete texts in every language. */
export interface ProtectionRiskContent {
  version: string;
  source: string;
  codes: ProtectionRisk[];
  texts: Record<LanguageCode, Record<ProtectionRisk, ProtectionRiskText>>;
}

/** The problems of the code list: every standard code once, nothing else. */
function checkCodes(codes: readonly string[]): string[] {
  const known = new Set<string>(PROTECTION_RISKS);
  const problems = codes.flatMap((code, i) => [
    ...(known.has(code) ? [] : [`structure: risks.${i} "${code}" is not a standard risk`]),
    ...(codes.indexOf(code) !== i ? [`structure: risks.${i} "${code}" duplicated`] : []),
  ]);
  for (const code of PROTECTION_RISKS)
    if (!codes.includes(code)) problems.push(`structure: risk ${code} missing`);
  return problems;
}

function checkTranslation(lang: LanguageCode, input: unknown): string[] {
  const parsed = protectionRiskTranslationSchema.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${lang}: ${i.path.join('.') || '(file)'} ${i.message}`);
  const problems = parsed.data.lang === lang ? [] : [`${lang}: lang is "${parsed.data.lang}"`];
  for (const code of PROTECTION_RISKS)
    if (!parsed.data.risks[code]) problems.push(`${lang}: risks.${code} missing`);
  for (const code of Object.keys(parsed.data.risks))
    if (!(PROTECTION_RISKS as readonly string[]).includes(code))
      problems.push(`${lang}: risks.${code} is not a standard risk`);
  return problems;
}

/** Validates structure and translations; throws one Error listing every problem. */
export function validateProtectionRiskContent(
  structure: unknown,
  translations: Record<LanguageCode, unknown>,
): ProtectionRiskContent {
  const parsed = protectionRiskStructureSchema.safeParse(structure);
  const problems = parsed.success
    ? checkCodes(parsed.data.risks)
    : parsed.error.issues.map((i) => `structure: ${i.path.join('.') || '(file)'} ${i.message}`);
  for (const lang of LANGUAGE_CODES) problems.push(...checkTranslation(lang, translations[lang]));
  if (!parsed.success || problems.length > 0) {
    throw new Error(
      `Protection risk content is invalid (${problems.length} problems):\n` +
        problems.map((p) => `- ${p}`).join('\n'),
    );
  }
  const texts = Object.fromEntries(
    LANGUAGE_CODES.map((lang) => [
      lang,
      protectionRiskTranslationSchema.parse(translations[lang]).risks,
    ]),
  ) as ProtectionRiskContent['texts'];
  return {
    version: parsed.data.version,
    source: parsed.data.source,
    codes: parsed.data.risks as ProtectionRisk[],
    texts,
  };
}
