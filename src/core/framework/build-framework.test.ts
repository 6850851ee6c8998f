import { describe, it, expect } from 'vitest';
import { buildFramework, validateFrameworkContent } from './build-framework.js';
import { LANGUAGES, frameworkSchema, type Language } from './framework.schema.js';

type Json = Record<string, unknown>;

/** A tiny but complete structure: two principles, phases listed out of order, one sector, two terms. */
function buildStructure(): Json {
  return {
    version: 'test.1',
    principles: ['safety_dignity', 'accountability'],
    phases: [
      { code: 'endorsement', order: 2, isGate: true },
      { code: 'design', order: 1, isGate: false },
    ],
    sectors: ['health'],
    glossary: [
      { code: 'risk', related: ['threat'], principle: 'safety_dignity' },
      { code: 'threat' },
    ],
  };
}

/** A complete language file for the tiny structure, with texts tagged by language. */
function buildTranslation(lang: Language): Json {
  return {
    lang,
    principles: {
      safety_dignity: {
        name: `${lang} safety name`,
        short: `${lang} safety`,
        description: `${lang} safety description`,
        inPractice: [`${lang} safety action`],
      },
      accountability: {
        name: `${lang} accountability name`,
        short: `${lang} accountability`,
        description: `${lang} accountability description`,
        inPractice: [`${lang} accountability action`],
      },
    },
    phases: {
      design: { name: `${lang} design`, description: `${lang} design description` },
      endorsement: { name: `${lang} endorsement`, description: `${lang} endorsement description` },
    },
    sectors: { health: { name: `${lang} health`, description: `${lang} health description` } },
    glossary: {
      risk: { term: `${lang} risk`, definition: `${lang} risk definition` },
      threat: { term: `${lang} threat`, definition: `${lang} threat definition` },
    },
  };
}

function buildTranslations(): Record<Language, Json> {
  return {
    en: buildTranslation('en'),
    fr: buildTranslation('fr'),
    es: buildTranslation('es'),
    ar: buildTranslation('ar'),
  };
}

/** Runs validation and returns the reported problem lines (empty when the content is valid). */
function listProblems(structure: unknown, translations: Record<Language, unknown>): string[] {
  try {
    validateFrameworkContent(structure, translations);
    return [];
  } catch (error) {
    const lines = (error as Error).message.split('\n').slice(1);
    return lines.map((line) => line.replace(/^- /, ''));
  }
}

/** Navigates to the object holding the last path segment. */
function parentOf(root: Json, path: readonly string[]): Json {
  return path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, root);
}

describe('validateFrameworkContent', () => {
  it('accepts complete content', () => {
    expect(listProblems(buildStructure(), buildTranslations())).toEqual([]);
  });

  const translationCases: { name: string; path: string[]; value?: unknown; expected: string }[] = [
    {
      name: 'a missing principle',
      path: ['principles', 'accountability'],
      expected: 'principles.accountability missing',
    },
    { name: 'a missing phase', path: ['phases', 'design'], expected: 'phases.design missing' },
    { name: 'a missing sector', path: ['sectors', 'health'], expected: 'sectors.health missing' },
    { name: 'a missing term', path: ['glossary', 'threat'], expected: 'glossary.threat missing' },
    {
      name: 'a missing field',
      path: ['phases', 'design', 'description'],
      expected: 'phases.design.description missing',
    },
    { name: 'a missing section', path: ['sectors'], expected: 'sectors missing' },
    {
      name: 'an extra sector',
      path: ['sectors', 'transport'],
      value: { name: 'x', description: 'y' },
      expected: 'sectors.transport not in structure',
    },
    {
      name: 'an extra field',
      path: ['glossary', 'risk', 'note'],
      value: 'x',
      expected: 'glossary.risk.note not allowed',
    },
    {
      name: 'an empty name',
      path: ['principles', 'safety_dignity', 'name'],
      value: '',
      expected: 'principles.safety_dignity.name empty',
    },
    {
      name: 'a blank definition',
      path: ['glossary', 'risk', 'definition'],
      value: '  ',
      expected: 'glossary.risk.definition empty',
    },
    {
      name: 'an empty bullet',
      path: ['principles', 'accountability', 'inPractice', '0'],
      value: '',
      expected: 'principles.accountability.inPractice.0 empty',
    },
    {
      name: 'no bullets',
      path: ['principles', 'accountability', 'inPractice'],
      value: [],
      expected: 'principles.accountability.inPractice',
    },
  ];

  for (const lang of LANGUAGES) {
    it.each(translationCases)(`reports $name in ${lang}`, ({ path, value, expected }) => {
      const translations = buildTranslations();
      const parent = parentOf(translations[lang], path);
      const key = path[path.length - 1] as string;
      if (value === undefined) delete parent[key];
      else parent[key] = value;

      const problems = listProblems(buildStructure(), translations);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`${lang}: ${expected}`);
    });
  }

  it('reports every problem at once, across languages', () => {
    const translations = buildTranslations();
    delete (translations.fr.sectors as Json).health;
    (translations.ar.glossary as Json).threat = { term: '', definition: 'x' };
    translations.es.lang = 'en';
    expect(listProblems(buildStructure(), translations)).toEqual([
      'fr: sectors.health missing',
      'es: lang is "en", expected "es"',
      'ar: glossary.threat.term empty',
    ]);
  });

  it('reports a language file that is absent', () => {
    const translations: Record<string, unknown> = buildTranslations();
    delete translations.es;
    expect(listProblems(buildStructure(), translations as Record<Language, unknown>)).toEqual([
      'es: language file missing',
    ]);
  });

  const structureCases: { name: string; change: (structure: Json) => void; expected: string }[] = [
    {
      name: 'a related code that is not a term',
      change: (s) => ((s.glossary as Json[])[1]!.related = ['vulnerability']),
      expected: 'structure: glossary.threat.related.vulnerability not in glossary',
    },
    {
      name: 'a principle that does not exist',
      change: (s) => ((s.glossary as Json[])[1]!.principle = 'visibility'),
      expected: 'structure: glossary.threat.principle.visibility not in principles',
    },
    {
      name: 'a duplicated sector',
      change: (s) => (s.sectors as string[]).push('health'),
      expected: 'structure: sectors.health duplicated',
    },
    {
      name: 'a duplicated phase order',
      change: (s) => ((s.phases as Json[])[0]!.order = 1),
      expected: 'structure: phases order 1 duplicated',
    },
    {
      name: 'a code that is not snake_case',
      change: (s) => ((s.sectors as string[])[0] = 'Health'),
      expected: 'structure: sectors.0 not a snake_case code',
    },
    {
      name: 'an unknown key',
      change: (s) => (s.checklists = []),
      expected: 'structure: checklists not allowed',
    },
  ];

  it.each(structureCases)('reports $name in structure', ({ change, expected }) => {
    const structure = buildStructure();
    change(structure);
    expect(listProblems(structure, buildTranslations())).toContain(expected);
  });
});

describe('buildFramework', () => {
  const content = validateFrameworkContent(buildStructure(), buildTranslations());

  it.each(LANGUAGES)('builds a framework matching the response schema in %s', (lang) => {
    const framework = buildFramework(content, lang);
    expect(frameworkSchema.parse(framework)).toEqual(framework);
    expect(framework.lang).toBe(lang);
    expect(framework.version).toBe('test.1');
    expect(framework.sectors).toEqual([
      { code: 'health', name: `${lang} health`, description: `${lang} health description` },
    ]);
  });

  it('orders principles and glossary as structure lists them, phases by order', () => {
    const framework = buildFramework(content, 'fr');
    expect(framework.principles.map((p) => p.code)).toEqual(['safety_dignity', 'accountability']);
    expect(framework.phases.map((p) => [p.code, p.order, p.isGate])).toEqual([
      ['design', 1, false],
      ['endorsement', 2, true],
    ]);
    expect(framework.glossary.map((g) => g.code)).toEqual(['risk', 'threat']);
  });

  it('fills related and principle with defaults when structure leaves them out', () => {
    const [risk, threat] = buildFramework(content, 'ar').glossary;
    expect(risk).toMatchObject({
      related: ['threat'],
      principle: 'safety_dignity',
      term: 'ar risk',
    });
    expect(threat).toMatchObject({ related: [], principle: null, term: 'ar threat' });
  });
});
