/**
 * Individual records (age, sex, the six WG answers) → counts by sex × age bracket × disability,
 * every cell of the grid present (zeros matter to the meaningful-access analysis). All rows or
 * none: one bad row rejects the batch with every problem named by line and field.
 */
import { invalidInput, type FieldProblem } from '../risk/invalid-input.js';
import { AGE_MAX, DEFAULT_AGE_BRACKETS, bracketOf, type AgeBracketSet } from './age-brackets.js';
import { SEXES, parseSex, type Sex } from './sex.js';
import {
  DISABILITY_STATUSES,
  deriveDisability,
  invalidWgDomains,
  type DisabilityStatus,
  type RawWgAnswers,
} from './washington-group.js';

export interface IndividualRow {
  age: string | number | null | undefined;
  sex: string | null | undefined;
  answers: RawWgAnswers;
}

export interface GroupCount {
  sex: Sex;
  bracket: string;
  disability: DisabilityStatus;
  count: number;
}

export interface AggregateOptions {
  brackets?: AgeBracketSet;
  /** Line number of the first row (2 when a header line comes first). */
  firstLine?: number;
  /** The WG Short Set is designed for ages 5 and over: younger people count as `unknown`. */
  wgMinimumAge?: number;
}

/** The problems of one row, each at `rows.<line>.<field>`. */
export function checkIndividual(row: IndividualRow, line: number): FieldProblem[] {
  const at = (field: string, code: string): FieldProblem => ({
    path: `rows.${line}.${field}`,
    code,
    params: { line },
  });
  const problems: FieldProblem[] = [];
  const age = ageOf(row.age);
  if (age === undefined) problems.push(at('age', 'missing'));
  else if (Number.isNaN(age)) problems.push(at('age', 'not_a_number'));
  else if (age < 0) problems.push(at('age', 'negative'));
  else if (age > AGE_MAX) problems.push(at('age', 'above_120'));
  if (parseSex(row.sex) === undefined) problems.push(at('sex', 'unknown_sex'));
  for (const domain of invalidWgDomains(row.answers)) problems.push(at(domain, 'not_a_wg_answer'));
  return problems;
}

/** Counts by sex × bracket × disability, or throws `validation_failed` listing every bad row. */
export function aggregateIndividuals(
  rows: readonly IndividualRow[],
  options: AggregateOptions = {},
): GroupCount[] {
  const { brackets = DEFAULT_AGE_BRACKETS, firstLine = 2, wgMinimumAge = 5 } = options;
  const problems = rows.flatMap((row, i) => checkIndividual(row, firstLine + i));
  if (problems.length > 0) throw invalidInput('reach.invalid_individual_rows', problems);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const age = ageOf(row.age) as number;
    const disability = age < wgMinimumAge ? 'unknown' : deriveDisability(row.answers);
    const key = keyOf(parseSex(row.sex) as Sex, bracketOf(age, brackets), disability);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return SEXES.flatMap((sex) =>
    brackets.flatMap((b) =>
      DISABILITY_STATUSES.map((disability) => ({
        sex,
        bracket: b.code,
        disability,
        count: counts.get(keyOf(sex, b.code, disability)) ?? 0,
      })),
    ),
  );
}

const keyOf = (sex: string, bracket: string, disability: string) =>
  `${sex}|${bracket}|${disability}`;

/** A number of years, NaN when unreadable, undefined when empty. */
function ageOf(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || String(value).trim() === '') return undefined;
  const text = String(value).trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
