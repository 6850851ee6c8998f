import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { aggregateIndividuals, type IndividualRow } from './aggregate-individuals.js';
import { WG_DOMAINS } from './washington-group.js';

const person = (age: string | number, sex: string, ...wg: (string | number)[]): IndividualRow => ({
  age,
  sex,
  answers: Object.fromEntries(WG_DOMAINS.map((d, i) => [d, wg[i] ?? 1])),
});

const nonZero = (rows: IndividualRow[]) =>
  aggregateIndividuals(rows)
    .filter((c) => c.count > 0)
    .map((c) => `${c.sex} ${c.bracket} ${c.disability}: ${c.count}`);

function problemsOf(rows: IndividualRow[]) {
  try {
    aggregateIndividuals(rows);
    return [];
  } catch (error) {
    if (!AppError.isAppError(error)) throw error;
    return (error.details as { fields: { path: string; code: string }[] }).fields.map(
      (f) => `${f.path} ${f.code}`,
    );
  }
}

describe('aggregateIndividuals', () => {
  it('counts by sex × bracket × disability', () => {
    expect(
      nonZero([
        person(64, 'female', 1, 1, 3),
        person(70, 'F', 1, 2),
        person(64, 'female', 4),
        person(3, 'm', 4),
        person('30', 'prefer_not_to_say'),
        person(12, 'intersex', 1, 1, 1, 1, 1, 8),
      ]),
    ).toEqual([
      'female 60+ disabled: 2',
      'female 60+ not_disabled: 1',
      'male 0-4 unknown: 1',
      'other 12-17 unknown: 1',
      'not_stated 18-59 not_disabled: 1',
    ]);
  });

  it('returns every cell of the grid, zeros included', () => {
    expect(aggregateIndividuals([])).toHaveLength(4 * 5 * 3);
  });

  it('names every problem by line and field', () => {
    expect(
      problemsOf([
        person(30, 'female'),
        person(121, 'female'),
        person(-2, 'x-ray'),
        person('', 'male', 1, 5),
        person('thirty', 'male'),
      ]),
    ).toEqual([
      'rows.3.age above_120',
      'rows.4.age negative',
      'rows.4.sex unknown_sex',
      'rows.5.age missing',
      'rows.5.hearing not_a_wg_answer',
      'rows.6.age not_a_number',
    ]);
  });

  it('keeps every valid person exactly once', () => {
    const row = fc.record({
      age: fc.integer({ min: 0, max: 120 }),
      sex: fc.constantFrom('female', 'male', 'other', 'not_stated', 'F', 'm'),
      answers: fc.record(
        Object.fromEntries(WG_DOMAINS.map((d) => [d, fc.constantFrom(1, 2, 3, 4, 7, 8, '')])),
      ),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const counts = aggregateIndividuals(rows as IndividualRow[]);
        expect(counts.reduce((s, c) => s + c.count, 0)).toBe(rows.length);
        const disabled = rows.filter(
          (r) => r.age >= 5 && Object.values(r.answers).some((a) => a === 3 || a === 4),
        ).length;
        expect(
          counts.filter((c) => c.disability === 'disabled').reduce((s, c) => s + c.count, 0),
        ).toBe(disabled);
      }),
    );
  });

  it('reads the respondents of a Kobo export (consented rows)', () => {
    const records = parse(fs.readFileSync('test/fixtures/formats/kobo-export-sample.csv'), {
      delimiter: ';',
      columns: true,
      relax_column_count: true,
    }) as Record<string, string>[];
    const consented = records.filter((r) => r['grp_intro/consent'] === 'yes');
    const rows = consented.map((r) => ({
      age: r['grp_respondent/resp_age'],
      sex: r['grp_respondent/resp_sex'],
      answers: {
        seeing: r['grp_wgss/wg_seeing'],
        hearing: r['grp_wgss/wg_hearing'],
        walking: r['grp_wgss/wg_walking'],
        remembering: r['grp_wgss/wg_remembering'],
        selfcare: r['grp_wgss/wg_selfcare'],
        communicating: r['grp_wgss/wg_communicating'],
      },
    }));
    const counts = aggregateIndividuals(rows);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(consented.length);
    expect(counts.filter((c) => c.disability === 'disabled').reduce((s, c) => s + c.count, 0)).toBe(
      rows.filter((r) =>
        Object.values(r.answers).some((a) => a === 'a_lot_of_difficulty' || a === 'cannot_do'),
      ).length,
    );
  });
});
