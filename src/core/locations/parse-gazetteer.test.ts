import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './parse-gazetteer.js';

const fixture = (name: string) =>
  parse(fs.readFileSync(`test/fixtures/formats/${name}`)) as string[][];

const HEADER = [
  'admin0Pcode',
  'admin1Pcode',
  'admin1Name_en',
  'admin1Name_fr',
  'admin2Pcode',
  'admin2Name_en',
];

describe('parseGazetteer', () => {
  it('builds the hierarchy of the classic layout with names per language', () => {
    const { locations, problems } = parseGazetteer([
      HEADER,
      ['ML', 'ML01', 'Kayes', 'Kayes', 'ML0101', 'Kayes'],
      ['ML', 'ML01', 'Kayes', 'Kayes', 'ML0102', 'Bafoulabe'],
      ['ML', 'ML02', 'Koulikoro', 'Koulikoro', 'ML0201', 'Kati'],
    ]);
    expect(problems).toEqual([]);
    expect(locations.map((l) => [l.pcode, l.level, l.parentPcode])).toEqual([
      ['ML', 0, null],
      ['ML01', 1, 'ML'],
      ['ML02', 1, 'ML'],
      ['ML0101', 2, 'ML01'],
      ['ML0102', 2, 'ML01'],
      ['ML0201', 2, 'ML02'],
    ]);
    expect(locations[1]!.names).toEqual({ en: 'Kayes', fr: 'Kayes' });
  });

  it.each([
    [
      'a P-code outside its parent',
      ['ML', 'ML01', 'Kayes', '', 'ML0201', 'Kati'],
      { line: 2, column: 'admin2Pcode', code: 'not_nested', value: 'ML0201' },
    ],
    [
      'a malformed P-code',
      ['ML', 'ml-01', 'Kayes', '', '', ''],
      { line: 2, column: 'admin1Pcode', code: 'invalid_pcode', value: 'ml-01' },
    ],
    [
      'a name without P-code',
      ['ML', 'ML01', 'Kayes', '', '', 'Kati'],
      { line: 2, column: 'admin2Pcode', code: 'missing_pcode' },
    ],
    [
      'a P-code without name',
      ['ML', 'ML01', 'Kayes', '', 'ML0101', ''],
      { line: 2, column: 'admin2Pcode', code: 'missing_name', value: 'ML0101' },
    ],
  ])('reports %s by line and column', (_name, row, problem) => {
    expect(parseGazetteer([HEADER, row]).problems).toContainEqual(problem);
  });

  it('reports a P-code repeated with another name or parent', () => {
    const { problems } = parseGazetteer([
      HEADER,
      ['ML', 'ML01', 'Kayes', 'Kayes', 'ML0101', 'Kayes'],
      ['ML', 'ML01', 'Kaye', 'Kayes', 'ML0102', 'Bafoulabe'],
      ['ML', 'ML02', 'Koulikoro', 'Koulikoro', 'ML0101', 'Kayes'],
    ]);
    expect(problems).toEqual([
      { line: 3, column: 'admin1Name_en', code: 'conflicting_name', value: 'Kayes' },
      { line: 4, column: 'admin2Pcode', code: 'not_nested', value: 'ML0101' },
      { line: 4, column: 'admin2Pcode', code: 'conflicting_parent', value: 'ML01' },
    ]);
  });

  it('refuses a table without P-code columns', () => {
    expect(
      parseGazetteer([
        ['name', 'code'],
        ['Kayes', 'ML01'],
      ]).problems,
    ).toEqual([{ line: 1, column: '', code: 'no_pcode_column' }]);
  });

  it('reads the Yemen COD-AB (English and Arabic, admin2)', () => {
    const { locations, problems } = parseGazetteer(fixture('cod-ab-sample.csv'));
    expect(problems).toEqual([]);
    expect(locations.filter((l) => l.level === 2)).toHaveLength(173);
    expect(locations.find((l) => l.pcode === 'YE1209')).toMatchObject({
      level: 2,
      parentPcode: 'YE12',
      names: { en: 'Ahwar' },
    });
    expect(locations.find((l) => l.pcode === 'YE')?.names.ar).toBe('اليمن');
  });

  it('reports the Arabic columns destroyed by a code page once per column, and stores no "?????"', () => {
    const { locations, problems } = parseGazetteer(fixture('cod-ab-lossy-encoding-sample.csv'));
    expect(problems.map((p) => [p.column, p.code, p.line, p.lines])).toEqual([
      ['admin0Name_ar', 'lost_encoding', 2, 15],
      ['admin1Name_ar', 'lost_encoding', 2, 15],
      ['admin2Name_ar', 'lost_encoding', 2, 15],
      ['admin3Name_ar', 'lost_encoding', 2, 15],
    ]);
    expect(locations.some((l) => 'ar' in l.names)).toBe(false);
    expect(locations.filter((l) => l.level === 3)).toHaveLength(15);
  });

  it('reads the 2025 layout (CAF): names in the language of the row, validity dates', () => {
    const { locations, problems } = parseGazetteer(fixture('cod-ab-v2-caf-adm2.csv'));
    expect(problems).toEqual([]);
    expect(locations.filter((l) => l.level === 2)).toHaveLength(72);
    expect(locations.find((l) => l.pcode === 'CF616')).toEqual({
      pcode: 'CF616',
      level: 2,
      parentPcode: 'CF61',
      names: { fr: 'Satéma' },
      validOn: '2015-06-15',
    });
  });

  it('skips an empty level (the CAF admin4 row with no name and no P-code)', () => {
    const header = ['adm1_pcode', 'adm1_name', 'adm2_pcode', 'adm2_name', 'lang'];
    const { locations, problems } = parseGazetteer([header, ['CF61', 'Basse-Kotto', '', '', 'fr']]);
    expect(problems).toEqual([]);
    expect(locations.map((l) => l.pcode)).toEqual(['CF61']);
  });
});

describe('parseGazetteer properties', () => {
  it('rebuilds any well-formed hierarchy exactly, without problems', () => {
    const tree = fc.uniqueArray(
      fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 30 })),
      { minLength: 1, maxLength: 40, selector: ([a, b]) => `${a}-${b}` },
    );
    fc.assert(
      fc.property(tree, (pairs) => {
        const rows = pairs.map(([a, b]) => {
          const admin1 = `ML0${a}`;
          const admin2 = `${admin1}${String(b).padStart(2, '0')}`;
          return ['ML', admin1, `Region ${a}`, `Région ${a}`, admin2, `District ${a}.${b}`];
        });
        const { locations, problems } = parseGazetteer([HEADER, ...rows]);
        expect(problems).toEqual([]);
        expect(locations.filter((l) => l.level === 2)).toHaveLength(pairs.length);
        expect(locations.filter((l) => l.level === 1)).toHaveLength(
          new Set(pairs.map(([a]) => a)).size,
        );
        for (const l of locations)
          if (l.parentPcode) expect(l.pcode.startsWith(l.parentPcode)).toBe(true);
      }),
    );
  });
});
