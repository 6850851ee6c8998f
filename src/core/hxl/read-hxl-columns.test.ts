import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ageRangeOf } from './hxl-vocabulary.js';
import { findHashtagRow, readHxlColumns } from './read-hxl-columns.js';

const fixture = (name: string) =>
  parse(fs.readFileSync(`test/fixtures/formats/${name}`), {
    relax_column_count: true,
  }) as string[][];
const byHashtag = (name: string) =>
  new Map(readHxlColumns(fixture(name))!.columns.map((c) => [c.hashtag, c]));

describe('HXL column mapping', () => {
  it.each([
    ['age0_4', { min: 0, max: 4 }],
    ['age_5_12', { min: 5, max: 12 }],
    ['age80plus', { min: 80, max: null }],
    ['age_80_plus', { min: 80, max: null }],
    ['age60_', { min: 60, max: null }],
    ['age12_17', { min: 12, max: 17 }],
    ['age17_12', undefined],
    ['age', undefined],
    ['aged', undefined],
  ])('age attribute %s', (attribute, range) => {
    expect(ageRangeOf(attribute)).toEqual(range);
  });

  it('reads a wide COD-PS table (AFG): sex and age per column, header above', () => {
    const columns = byHashtag('hxl-sample.csv');
    expect(columns.get('#population+infants+age0_4+f')).toMatchObject({
      header: 'F_00_04',
      sex: 'female',
      ageGroup: 'infants',
      age: { min: 0, max: 4 },
      otherAttributes: [],
    });
    expect(columns.get('#population+elderly+age80plus+m')).toMatchObject({
      sex: 'male',
      age: { min: 80, max: null },
    });
    expect(columns.get('#population+ind')).toMatchObject({ otherAttributes: ['ind'] });
    expect(columns.get('#adm1+code')).toMatchObject({ tag: 'adm1', otherAttributes: ['code'] });
  });

  it('finds the hashtag row under two header rows (Kenya)', () => {
    const rows = fixture('hxl-multirow-header-sample.csv');
    expect(findHashtagRow(rows)).toBe(2);
    const columns = byHashtag('hxl-multirow-header-sample.csv');
    expect(columns.get('#adm1+code')?.header).toBe('admin1Pcode');
    expect(columns.get('#inneed+food')).toMatchObject({
      header: 'Affected',
      group: 'FOOD SECURITY AND LIVELIHOODS',
    });
    expect(columns.get('#reached+food')?.group).toBe('FOOD SECURITY AND LIVELIHOODS');
    expect(columns.get('#inneed+nutrition')?.group).toBe('NUTRITION');
  });

  it('reads tags written with spaces (Iraq 3W) and skips untagged columns', () => {
    const mapping = readHxlColumns(fixture('hxl-spaced-attributes-sample.csv'))!;
    expect(mapping.hashtagRow).toBe(1);
    expect(mapping.columns.map((c) => c.hashtag).slice(0, 3)).toEqual([
      '#date+reported',
      '#adm1+code',
      '#adm1+name',
    ]);
    expect(mapping.columns.find((c) => c.index === 8)).toBeUndefined();
  });

  it('reads the synthetic 5W reached table, including +i and +disabled', () => {
    const columns = byHashtag('hxl-reached-wide-synthetic.csv');
    expect(columns.get('#reached+f+elderly+age60plus')).toMatchObject({
      sex: 'female',
      age: { min: 60, max: null },
    });
    expect(columns.get('#reached+i')).toMatchObject({ sex: 'other' });
    expect(columns.get('#reached+disabled')).toMatchObject({ disability: 'disabled' });
    expect(columns.get('#reached+total')).toMatchObject({ otherAttributes: ['total'] });
  });

  it('reads the long HNO layout columns (Mali)', () => {
    const columns = byHashtag('hxl-hno-long-sample.csv');
    expect([...columns.keys()]).toContain('#is_disabled');
    expect(columns.get('#age+range')?.header).toBe('Age Range');
  });

  it('finds no hashtag row in an untagged table', () => {
    expect(
      readHxlColumns([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBeUndefined();
  });
});
