import { describe, it, expect } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../shared/language.js';
import { compareChecklistVersions } from './checklist-content.schema.js';
import { validateChecklistContent } from './validate-checklist-content.js';

type Json = Record<string, unknown>;

/** A small framework: one principle, a phase before and one after the gate, one sector. */
const FRAMEWORK = {
  principles: ['safety_dignity'],
  phases: ['design', 'implementation'],
  sectors: ['health'],
};

/** The smallest valid item list for FRAMEWORK: 4 general items per phase, 3 sector items. */
function buildItems(): Json {
  const general = FRAMEWORK.phases.flatMap((phase) =>
    [1, 2, 3, 4].map((n) => ({
      id: `sd-${phase}-0${n}`,
      principle: 'safety_dignity',
      phase,
      sector: null,
      mandatory: phase === 'design' && n === 1,
      evidenceRequired: n === 1,
    })),
  );
  const sector = [1, 2, 3].map((n) => ({
    id: `sec-health-0${n}`,
    principle: 'safety_dignity',
    phase: 'design',
    sector: 'health',
    mandatory: false,
    evidenceRequired: false,
  }));
  return { version: '2026.1', items: [...general, ...sector] };
}

/** The ids of an item list, skipping entries whose id is not a string. */
function listIds(items: Json): string[] {
  return (items.items as Json[]).map((item) => item.id).filter((id) => typeof id === 'string');
}

/** A complete language file for the given ids, with texts tagged by language. */
function buildTranslation(lang: LanguageCode, ids: readonly string[]): Json {
  const entries = ids.map((id) => [id, { text: `${lang} ${id} text`, guidance: `${lang} guide` }]);
  return { lang, items: Object.fromEntries(entries) };
}

function buildTranslations(ids: readonly string[]): Record<LanguageCode, Json> {
  return {
    en: buildTranslation('en', ids),
    fr: buildTranslation('fr', ids),
    es: buildTranslation('es', ids),
    ar: buildTranslation('ar', ids),
  };
}

/** Runs validation and returns the reported problem lines (empty when the content is valid). */
function listProblems(items: unknown, translations: Record<LanguageCode, unknown>): string[] {
  try {
    validateChecklistContent(items, translations, FRAMEWORK);
    return [];
  } catch (error) {
    const lines = (error as Error).message.split('\n').slice(1);
    return lines.map((line) => line.replace(/^- /, ''));
  }
}

/** Applies a change to the item list and validates it with translations matching its ids. */
function listItemProblems(change: (items: Json, list: Json[]) => void): string[] {
  const items = buildItems();
  change(items, items.items as Json[]);
  return listProblems(items, buildTranslations(listIds(items)));
}

describe('validateChecklistContent', () => {
  it('accepts a small complete version and returns items and texts', () => {
    const items = buildItems();
    const content = validateChecklistContent(items, buildTranslations(listIds(items)), FRAMEWORK);
    expect(content.version).toBe('2026.1');
    expect(content.items).toHaveLength(11);
    expect(content.items[0]).toEqual({
      id: 'sd-design-01',
      principle: 'safety_dignity',
      phase: 'design',
      sector: null,
      mandatory: true,
      evidenceRequired: true,
    });
    expect(content.texts.ar['sec-health-02']).toEqual({
      text: 'ar sec-health-02 text',
      guidance: 'ar guide',
    });
  });

  const itemCases: {
    name: string;
    change: (items: Json, list: Json[]) => void;
    expected: string;
  }[] = [
    {
      name: 'a duplicated id',
      change: (_, list) => (list[1]!.id = 'sd-design-01'),
      expected: 'items: sd-design-01 duplicated',
    },
    {
      name: 'an id naming another phase',
      change: (_, list) => (list[0]!.id = 'sd-implementation-09'),
      expected: 'items: sd-implementation-09.id does not match its codes (expected sd-design-NN)',
    },
    {
      name: 'an id naming another principle',
      change: (_, list) => (list[0]!.id = 'ma-design-09'),
      expected: 'items: ma-design-09.id does not match its codes (expected sd-design-NN)',
    },
    {
      name: 'a sector item id naming another sector',
      change: (_, list) => (list[8]!.id = 'sec-transport-09'),
      expected: 'items: sec-transport-09.id does not match its codes (expected sec-health-NN)',
    },
    {
      name: 'a sector item with a general id',
      change: (_, list) => (list[8]!.id = 'sd-design-09'),
      expected: 'items: sd-design-09.id does not match its codes (expected sec-health-NN)',
    },
    {
      name: 'an id of the wrong shape',
      change: (_, list) => (list[0]!.id = 'SD-design-1'),
      expected: 'items: SD-design-1.id not an item id (<prefix>-<code>-NN)',
    },
    {
      name: 'a principle not in the framework',
      change: (_, list) => (list[0]!.principle = 'visibility'),
      expected: 'items: sd-design-01.principle visibility not in framework principles',
    },
    {
      name: 'a phase not in the framework',
      change: (_, list) => (list[0]!.phase = 'closure'),
      expected: 'items: sd-design-01.phase closure not in framework phases',
    },
    {
      name: 'a sector not in the framework',
      change: (_, list) => (list[8]!.sector = 'transport'),
      expected: 'items: sec-health-01.sector transport not in framework sectors',
    },
    {
      name: 'a code that is not snake_case',
      change: (_, list) => (list[0]!.principle = 'Safety'),
      expected: 'items: sd-design-01.principle not a snake_case code',
    },
    {
      name: 'a mandatory item after the gate',
      change: (_, list) => (list[4]!.mandatory = true),
      expected: 'items: sd-implementation-01.mandatory not allowed in phase implementation',
    },
    {
      name: 'a missing field',
      change: (_, list) => delete list[0]!.mandatory,
      expected: 'items: sd-design-01.mandatory missing',
    },
    {
      name: 'a sector left out instead of null',
      change: (_, list) => delete list[2]!.sector,
      expected: 'items: sd-design-03.sector missing',
    },
    {
      name: 'an unknown field',
      change: (_, list) => (list[0]!.weight = 2),
      expected: 'items: sd-design-01.weight not allowed',
    },
    {
      name: 'a malformed version',
      change: (items) => (items.version = '2026'),
      expected: 'items: version not a version (YYYY.N)',
    },
    {
      name: 'too few general items in a principle × phase',
      change: (_, list) => list.splice(3, 1),
      expected: 'coverage: safety_dignity × design has 3 general items, needs 4',
    },
    {
      name: 'too few items in a sector',
      change: (_, list) => list.splice(10, 1),
      expected: 'coverage: sector health has 2 items, needs 3',
    },
  ];

  it.each(itemCases)('reports $name', ({ change, expected }) => {
    expect(listItemProblems(change)).toContain(expected);
  });

  it('reports only the broken rule when one rule breaks', () => {
    expect(listItemProblems((_, list) => (list[5]!.mandatory = true))).toEqual([
      'items: sd-implementation-02.mandatory not allowed in phase implementation',
    ]);
  });

  const translationCases: { name: string; path: string[]; value?: unknown; expected: string }[] = [
    {
      name: 'a missing item',
      path: ['items', 'sd-design-02'],
      expected: 'items.sd-design-02 missing',
    },
    {
      name: 'a missing text',
      path: ['items', 'sd-design-02', 'text'],
      expected: 'items.sd-design-02.text missing',
    },
    {
      name: 'a missing guidance',
      path: ['items', 'sec-health-01', 'guidance'],
      expected: 'items.sec-health-01.guidance missing',
    },
    {
      name: 'an empty guidance',
      path: ['items', 'sd-design-02', 'guidance'],
      value: '',
      expected: 'items.sd-design-02.guidance empty',
    },
    {
      name: 'a blank text',
      path: ['items', 'sd-implementation-04', 'text'],
      value: '   ',
      expected: 'items.sd-implementation-04.text empty',
    },
    {
      name: 'an unknown id',
      path: ['items', 'sd-design-09'],
      value: { text: 'x', guidance: 'y' },
      expected: 'items.sd-design-09 not in items.json',
    },
    {
      name: 'an unknown field',
      path: ['items', 'sd-design-02', 'note'],
      value: 'x',
      expected: 'items.sd-design-02.note not allowed',
    },
    { name: 'a missing items section', path: ['items'], expected: 'items missing' },
  ];

  for (const lang of LANGUAGE_CODES) {
    it.each(translationCases)(`reports $name in ${lang}`, ({ path, value, expected }) => {
      const items = buildItems();
      const translations = buildTranslations(listIds(items));
      const parent = path
        .slice(0, -1)
        .reduce<Json>((node, key) => node[key] as Json, translations[lang]);
      const key = path[path.length - 1] as string;
      if (value === undefined) delete parent[key];
      else parent[key] = value;

      expect(listProblems(items, translations)).toEqual([`${lang}: ${expected}`]);
    });
  }

  it('reports every problem at once, across files', () => {
    const items = buildItems();
    const translations = buildTranslations(listIds(items));
    (items.items as Json[])[6]!.mandatory = true;
    delete (translations.fr.items as Json)['sec-health-03'];
    ((translations.ar.items as Json)['sd-design-01'] as Json).text = '';
    translations.es.lang = 'en';
    expect(listProblems(items, translations)).toEqual([
      'items: sd-implementation-03.mandatory not allowed in phase implementation',
      'fr: items.sec-health-03 missing',
      'es: lang is "en", expected "es"',
      'ar: items.sd-design-01.text empty',
    ]);
  });

  it('reports a language file that is absent and a language that is not supported', () => {
    const items = buildItems();
    const translations: Record<string, unknown> = buildTranslations(listIds(items));
    delete translations.es;
    translations.de = buildTranslation('en', listIds(items));
    expect(listProblems(items, translations as Record<LanguageCode, unknown>)).toEqual([
      'es: language file missing',
      'de: language not supported',
    ]);
  });

  it('reports an absent item list without checking translations against it', () => {
    expect(listProblems(undefined, buildTranslations(listIds(buildItems())))).toEqual([
      'items: (root) missing',
    ]);
  });
});

describe('compareChecklistVersions', () => {
  it('orders by year, then by release number', () => {
    const versions = ['2026.10', '2027.1', '2026.2', '2025.3'];
    expect([...versions].sort(compareChecklistVersions)).toEqual([
      '2025.3',
      '2026.2',
      '2026.10',
      '2027.1',
    ]);
  });
});
