/**
 * Wide tables (one column per group, HXL-tagged: `#reached+f+adults+age18_59+disabled`) → the
 * sex × bracket × disability cell each column adds to. A column's age range must lie inside one
 * bracket of the organisation's set, and the columns of a cell must tile its bracket exactly
 * (`age60_64` + `age65plus` make `60+`); otherwise the file is refused with the column named.
 * Columns without both a sex and an age range are margins (totals) and are left out.
 */
import type { HxlColumn } from '../hxl/read-hxl-columns.js';
import type { FieldProblem } from '../risk/invalid-input.js';
import { AGE_MAX, type AgeBracketSet } from './age-brackets.js';
import type { Sex } from './sex.js';
import type { DisabilityStatus } from './washington-group.js';

export interface CellColumn {
  index: number;
  sex: Sex;
  bracket: string;
  disability: DisabilityStatus;
}

export interface CellColumns {
  cells: CellColumn[];
  /** Hashtags of value columns left out (totals and partial margins). */
  ignored: string[];
  problems: FieldProblem[];
}

/** The cell columns of a measure (`reached`, `population`) among the tagged columns. */
export function cellColumnsOf(
  columns: readonly HxlColumn[],
  measure: string,
  brackets: AgeBracketSet,
): CellColumns {
  const result: CellColumns = { cells: [], ignored: [], problems: [] };
  const spans = new Map<string, { min: number; max: number; index: number }[]>();
  for (const column of columns.filter((c) => c.tag === measure)) {
    if (!column.sex || !column.age || column.otherAttributes.includes('total')) {
      result.ignored.push(column.hashtag);
      continue;
    }
    const min = column.age.min;
    const max = column.age.max ?? AGE_MAX;
    const bracket = brackets.find((b) => min >= b.min && max <= b.max);
    if (!bracket) {
      result.problems.push(problem(column, 'age_not_in_one_bracket'));
      continue;
    }
    const disability = column.disability ?? 'unknown';
    result.cells.push({ index: column.index, sex: column.sex, bracket: bracket.code, disability });
    const key = `${column.sex}|${bracket.code}|${disability}`;
    spans.set(key, [...(spans.get(key) ?? []), { min, max, index: column.index }]);
  }
  for (const [key, list] of spans) {
    const bracket = brackets.find((b) => b.code === key.split('|')[1])!;
    if (!tiles(list, bracket.min, bracket.max))
      result.problems.push({
        path: `file.columns.${list[0]!.index}`,
        code: 'ages_do_not_cover_bracket',
        params: { bracket: bracket.code },
      });
  }
  return result;
}

function tiles(spans: { min: number; max: number }[], from: number, to: number): boolean {
  let next = from;
  for (const span of [...spans].sort((a, b) => a.min - b.min)) {
    if (span.min !== next) return false;
    next = span.max + 1;
  }
  return next === to + 1;
}

function problem(column: HxlColumn, code: string): FieldProblem {
  return {
    path: `file.columns.${column.index}`,
    code,
    params: { column: column.header ?? column.hashtag },
  };
}
