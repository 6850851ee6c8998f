import { describe, it, expect } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFrameworkContent } from '../../src/server/content/load-framework.js';
import { buildFramework } from '../../src/core/framework/build-framework.js';
import {
  LANGUAGES,
  frameworkSchema,
  type Framework,
} from '../../src/core/framework/framework.schema.js';

// The codes of DOMAIN.md §1 and §2, in their order there.
const PRINCIPLE_CODES = [
  'safety_dignity',
  'meaningful_access',
  'accountability',
  'participation_empowerment',
];
const PHASE_CODES = ['design', 'endorsement', 'implementation', 'evaluation'];
const SECTOR_CODES = [
  'cccm_dtm',
  'shelter_nfi',
  'transport',
  'health',
  'psychosocial',
  'reintegration',
  'stabilization',
  'drr',
  'land_property',
  'counter_trafficking',
  'border_management',
  'consular',
  'diaspora',
  'policy_legislation',
  'humanitarian_communications',
];

// Loading validates: it throws, naming language and key, if anything is missing in any language.
const content = await loadFrameworkContent();
const frameworks = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, buildFramework(content, lang)]),
) as Record<(typeof LANGUAGES)[number], Framework>;

/** Every human-readable text of a framework, each with a label saying where it comes from. */
function listTexts(framework: Framework): [string, string][] {
  return [
    ...framework.principles.flatMap((p): [string, string][] => [
      [`principles.${p.code}.name`, p.name],
      [`principles.${p.code}.short`, p.short],
      [`principles.${p.code}.description`, p.description],
      ...p.inPractice.map((text, i): [string, string] => [
        `principles.${p.code}.inPractice.${i}`,
        text,
      ]),
    ]),
    ...[...framework.phases, ...framework.sectors].flatMap((s): [string, string][] => [
      [`${s.code}.name`, s.name],
      [`${s.code}.description`, s.description],
    ]),
    ...framework.glossary.flatMap((g): [string, string][] => [
      [`glossary.${g.code}.term`, g.term],
      [`glossary.${g.code}.definition`, g.definition],
    ]),
  ];
}

describe('framework content (content/framework/*.json)', () => {
  it('is complete in every language and matches the response schema', () => {
    for (const lang of LANGUAGES) {
      expect(frameworkSchema.parse(frameworks[lang])).toEqual(frameworks[lang]);
      expect(content.translations[lang].lang).toBe(lang);
    }
  });

  it('has the four principles, four phases and fifteen sectors of DOMAIN.md, in order', () => {
    const framework = frameworks.en;
    expect(framework.principles.map((p) => p.code)).toEqual(PRINCIPLE_CODES);
    expect(framework.phases.map((p) => p.code)).toEqual(PHASE_CODES);
    expect(framework.phases.map((p) => p.order)).toEqual([1, 2, 3, 4]);
    expect(framework.phases.filter((p) => p.isGate).map((p) => p.code)).toEqual(['endorsement']);
    expect(framework.sectors.map((s) => s.code)).toEqual(SECTOR_CODES);
  });

  it('has at least thirty glossary terms, each linked only to known codes', () => {
    const glossary = frameworks.en.glossary;
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    const codes = new Set(glossary.map((g) => g.code));
    for (const term of glossary) {
      for (const related of term.related) expect(codes).toContain(related);
      if (term.principle !== null) expect(PRINCIPLE_CODES).toContain(term.principle);
    }
  });

  it.each(LANGUAGES)('gives each principle three to five practical actions in %s', (lang) => {
    for (const principle of frameworks[lang].principles) {
      expect(principle.inPractice.length).toBeGreaterThanOrEqual(3);
      expect(principle.inPractice.length).toBeLessThanOrEqual(5);
    }
  });

  it('writes every Arabic text in Arabic script, with no Latin letters left', () => {
    const notArabic = listTexts(frameworks.ar).filter(
      ([, text]) => !/\p{Script=Arabic}/u.test(text) || /[A-Za-z]/.test(text),
    );
    expect(notArabic).toEqual([]);
  });

  it.each(['fr', 'es'] as const)('translates names, descriptions and actions into %s', (lang) => {
    const english = new Map(listTexts(frameworks.en));
    const untranslated = listTexts(frameworks[lang]).filter(
      // Glossary terms may legitimately coincide (Protection, Participation, Migrant).
      ([label, text]) => !label.endsWith('.term') && english.get(label) === text,
    );
    expect(untranslated).toEqual([]);
  });

  it('reports every missing file when the content directory is wrong', async () => {
    const wrongDir = join(tmpdir(), 'mainstream-no-content');
    await expect(loadFrameworkContent(wrongDir)).rejects.toThrow(
      /structure: \(root\) missing[\s\S]*en: language file missing[\s\S]*ar: language file missing/,
    );
  });
});
