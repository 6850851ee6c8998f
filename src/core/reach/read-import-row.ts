/**
 * One data row of a reach or baseline import → the cells it adds (aggregated files) or the person
 * it describes (individual files), or the problems of the row, each with its line and field.
 */
import { AGE_MAX, type AgeBracketSet } from './age-brackets.js';
import { checkIndividual, type IndividualRow } from './aggregate-individuals.js';
import type { ColumnPlan } from './reach-columns.js';
import { parseSex, type Sex } from './sex.js';
import { WG_DOMAINS, type DisabilityStatus } from './washington-group.js';

export interface RowProblem {
  line: number;
  field: string;
  code: string;
  /** Values the message names (a retired place's date, a replaced code's new codes). */
  params?: Record<string, string>;
}

export interface Period {
  start: string;
  end: string;
}

export interface StagedCell {
  line: number;
  pcode: string;
  periodStart: string;
  periodEnd: string;
  sex: Sex;
  bracket: string;
  disability: DisabilityStatus;
  count: number;
}

export interface StagedPerson {
  line: number;
  pcode: string;
  period: Period;
  reachedOn: string | null;
  row: IndividualRow;
}

export interface RowContext {
  brackets: AgeBracketSet;
  /** The period given with the import, for rows that carry none. */
  period?: Period | undefined;
  /** Baselines: no period at all. */
  withoutPeriod?: boolean;
}

const MAX_COUNT = 100_000_000;
const cell = (values: readonly string[], index: number | undefined) =>
  index === undefined ? '' : (values[index] ?? '').trim();

/** The location of a row: the finest admin code given (upper case, not yet checked). */
function locationOf(values: readonly string[], plan: ColumnPlan): string {
  for (const index of plan.locations) {
    const value = cell(values, index);
    if (value) return value.toUpperCase();
  }
  return '';
}

/** A period from a month (`2024-03`), a day, or a timestamp's day; undefined when unreadable. */
export function periodOf(text: string): Period | undefined {
  const month = text.match(/^(\d{4})-(\d{2})$/);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return isDate(`${text}-01`) ? { start: `${text}-01`, end: `${text}-${last}` } : undefined;
  }
  const day = text.slice(0, 10);
  return isDate(day) && /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text)
    ? { start: day, end: day }
    : undefined;
}

/** Dates repeat down a file: each distinct string is checked once (bounded cache). */
const checkedDates = new Map<string, boolean>();

function isDate(text: string): boolean {
  const known = checkedDates.get(text);
  if (known !== undefined) return known;
  const date = new Date(`${text}T00:00:00Z`);
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(text);
  if (checkedDates.size > 50_000) checkedDates.clear();
  checkedDates.set(text, valid);
  return valid;
}

/** The P-code pattern of pcodeSchema, without a parse per row. */
const PCODE = /^[A-Z]{2,3}[A-Z0-9]{0,17}$/;

/** The P-code of a row, or the problem of its location. */
export function readPlace(
  values: readonly string[],
  plan: ColumnPlan,
  at: At,
): string | RowProblem {
  const pcode = locationOf(values, plan);
  return PCODE.test(pcode) ? pcode : at('location', pcode ? 'not_a_pcode' : 'missing');
}

/** The period of a row: its own columns, else the import's period; or the problem. */
export function readPeriod(
  values: readonly string[],
  plan: ColumnPlan,
  ctx: RowContext,
  at: At,
): Period | RowProblem {
  if (ctx.withoutPeriod) return { start: '', end: '' };
  const start = cell(values, plan.periodStart);
  const end = cell(values, plan.periodEnd);
  const whole = cell(values, plan.period);
  if (start || end) {
    if (!isDate(start)) return at('periodStart', start ? 'not_a_date' : 'missing');
    if (!isDate(end)) return at('periodEnd', end ? 'not_a_date' : 'missing');
    return end < start ? at('periodEnd', 'before_start') : { start, end };
  }
  if (whole) return periodOf(whole) ?? at('period', 'not_a_date');
  return ctx.period ?? at('period', 'missing');
}

export type At = (field: string, code: string) => RowProblem;

/** The bracket code of a value: a code of the set, or the range it spans (`60+`, `18_59`). */
export function bracketCodeOf(text: string, brackets: AgeBracketSet): string | undefined {
  const value = text.trim().toLowerCase();
  const exact = brackets.find((b) => b.code === value);
  if (exact) return exact.code;
  const range = value.match(/^(\d{1,3})\s*(?:[-_–]\s*(\d{1,3})|\+|_?plus)$/);
  if (!range) return undefined;
  const min = Number(range[1]);
  const max = range[2] === undefined ? AGE_MAX : Number(range[2]);
  return brackets.find((b) => b.min === min && b.max === max)?.code;
}

const DISABILITY: Record<string, DisabilityStatus> = {
  disabled: 'disabled',
  yes: 'disabled',
  true: 'disabled',
  '1': 'disabled',
  not_disabled: 'not_disabled',
  no: 'not_disabled',
  false: 'not_disabled',
  '0': 'not_disabled',
  unknown: 'unknown',
  '': 'unknown',
};

/** A count: a whole number from 0 to 100 million. */
export function countOf(text: string, at: At, field: string): number | RowProblem {
  if (!/^-?\d+$/.test(text)) return at(field, text ? 'not_a_whole_number' : 'missing');
  const count = Number(text);
  if (count < 0) return at(field, 'negative');
  return count > MAX_COUNT ? at(field, 'too_big') : count;
}

export const isProblem = (value: unknown): value is RowProblem =>
  typeof value === 'object' && value !== null && 'code' in value && 'line' in value;

/**
 * The result of a pure function of one cell's text, remembered per distinct text: the codes of a
 * file repeat down its rows (bounded, like the date cache).
 */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size > 10_000) known.clear();
    known.set(text, value);
    return value;
  };
}

const sexOf = memo(parseSex);
const disabilityOf = memo(
  (text: string): DisabilityStatus | undefined => DISABILITY[text.toLowerCase()],
);
const bracketReaders = new WeakMap<AgeBracketSet, (text: string) => string | undefined>();

/** bracketCodeOf for one bracket set, remembered per distinct text. */
function bracketReader(brackets: AgeBracketSet): (text: string) => string | undefined {
  let read = bracketReaders.get(brackets);
  if (!read) {
    read = memo((text) => bracketCodeOf(text, brackets));
    bracketReaders.set(brackets, read);
  }
  return read;
}

/**
 * The code readers of a long-layout cell, each given the cell's text as it is in the file. An
 * import checked in the database (decision 031) reads each distinct text of a column with them.
 */
export function longCellReaders(brackets: AgeBracketSet): LongCellReaders {
  let readers = cellReaders.get(brackets);
  if (!readers) {
    const bracketOf = bracketReader(brackets);
    readers = {
      sex: (text) => sexOf(text.trim()),
      bracket: (text) => bracketOf(text.trim()),
      disability: (text) => disabilityOf(text.trim()),
    };
    cellReaders.set(brackets, readers);
  }
  return readers;
}

export interface LongCellReaders {
  sex(text: string): Sex | undefined;
  bracket(text: string): string | undefined;
  disability(text: string): DisabilityStatus | undefined;
}

const cellReaders = new WeakMap<AgeBracketSet, LongCellReaders>();

/** The cells of an aggregated row (long: one cell; wide: one per filled cell column). */
export function readAggregatedRow(
  values: readonly string[],
  plan: ColumnPlan,
  line: number,
  ctx: RowContext,
): { cells: StagedCell[] } | { problems: RowProblem[] } {
  const at: At = (field, code) => ({ line, field, code });
  const problems: RowProblem[] = [];
  const place = readPlace(values, plan, at);
  if (isProblem(place)) problems.push(place);
  const period = readPeriod(values, plan, ctx, at);
  const periodBad = isProblem(period);
  if (periodBad) problems.push(period);
  const base: Base = {
    line,
    pcode: isProblem(place) ? '' : place,
    periodStart: periodBad ? '' : period.start,
    periodEnd: periodBad ? '' : period.end,
  };
  if (plan.cells.length > 0) {
    const cells = wideCells(values, plan, base, at, problems);
    return problems.length > 0 ? { problems } : { cells };
  }
  const one = longCell(values, plan, ctx, base, at, problems);
  return problems.length > 0 || !one ? { problems } : { cells: [one] };
}

type Base = Pick<StagedCell, 'line' | 'pcode' | 'periodStart' | 'periodEnd'>;

function wideCells(
  values: readonly string[],
  plan: ColumnPlan,
  base: Base,
  at: At,
  problems: RowProblem[],
) {
  const sums = new Map<string, StagedCell>();
  for (const column of plan.cells) {
    const text = cell(values, column.index);
    if (text === '') continue;
    const count = countOf(text, at, `columns.${column.index}`);
    if (isProblem(count)) {
      problems.push(count);
      continue;
    }
    const key = `${column.sex}|${column.bracket}|${column.disability}`;
    const existing = sums.get(key);
    if (existing) existing.count += count;
    else
      sums.set(key, {
        ...base,
        sex: column.sex,
        bracket: column.bracket,
        disability: column.disability,
        count,
      });
  }
  return [...sums.values()];
}

function longCell(
  values: readonly string[],
  plan: ColumnPlan,
  ctx: RowContext,
  base: Base,
  at: At,
  problems: RowProblem[],
): StagedCell | undefined {
  const read = longCellReaders(ctx.brackets);
  const sex = read.sex(cell(values, plan.sex));
  if (!sex) problems.push(at('sex', 'unknown_sex'));
  const bracket = read.bracket(cell(values, plan.ageBracket));
  if (!bracket) problems.push(at('ageBracket', 'unknown_bracket'));
  const disability = read.disability(cell(values, plan.disability));
  if (!disability) problems.push(at('disability', 'unknown_disability'));
  const count = countOf(cell(values, plan.count), at, 'count');
  if (isProblem(count)) problems.push(count);
  if (!sex || !bracket || !disability || isProblem(count)) return undefined;
  return {
    line: base.line,
    pcode: base.pcode,
    periodStart: base.periodStart,
    periodEnd: base.periodEnd,
    sex,
    bracket,
    disability,
    count,
  };
}

/** The person of an individual row, `skipped` when the row records no consent. */
export function readIndividualRow(
  values: readonly string[],
  plan: ColumnPlan,
  line: number,
  ctx: RowContext,
): { person: StagedPerson } | { problems: RowProblem[] } | { skipped: true } {
  if (plan.consent !== undefined && cell(values, plan.consent).toLowerCase() !== 'yes')
    return { skipped: true };
  const at: At = (field, code) => ({ line, field, code });
  const row: IndividualRow = {
    age: cell(values, plan.age),
    sex: cell(values, plan.sex),
    answers: Object.fromEntries(WG_DOMAINS.map((d) => [d, cell(values, plan.wg[d])])),
  };
  const problems: RowProblem[] = checkIndividual(row, line).map((p) =>
    at(p.path.split('.').slice(2).join('.'), p.code),
  );
  const pcode = readPlace(values, plan, at);
  if (isProblem(pcode)) problems.push(pcode);
  const dateText = cell(values, plan.date);
  const reachedOn = dateText ? periodOf(dateText)?.start : null;
  if (reachedOn === undefined) problems.push(at('date', 'not_a_date'));
  const period = ctx.period;
  if (!period) problems.push(at('period', 'missing'));
  else if (reachedOn && (reachedOn < period.start || reachedOn > period.end))
    problems.push(at('date', 'outside_period'));
  if (problems.length > 0 || !period || isProblem(pcode)) return { problems };
  return { person: { line, pcode, period, reachedOn: reachedOn ?? null, row } };
}
