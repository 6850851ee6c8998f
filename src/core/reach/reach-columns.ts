/**
 * Which column of an import holds what. Read from the HXL hashtag row when the file has one
 * (`#adm2+code`, `#date+start`, `#reached+f+age60plus`…) and from the human header otherwise,
 * Kobo group paths included (`grp_respondent/resp_age` → `resp_age`). The finest admin level given
 * is the location of a row; a coarser one is used where the finer cell is empty.
 */
import type { HxlColumnMapping } from '../hxl/read-hxl-columns.js';
import type { FieldProblem } from '../risk/invalid-input.js';
import type { AgeBracketSet } from './age-brackets.js';
import { cellColumnsOf, type CellColumn } from './cell-columns.js';
import { WG_DOMAINS, type WgDomain } from './washington-group.js';

export type ImportKind = 'aggregated' | 'individual';

export interface ColumnPlan {
  /** Location columns, finest level first. */
  locations: number[];
  periodStart?: number;
  periodEnd?: number;
  /** A month (`2024-03`) or a day that is the whole period. */
  period?: number;
  date?: number;
  sex?: number;
  age?: number;
  ageBracket?: number;
  disability?: number;
  count?: number;
  consent?: number;
  wg: Partial<Record<WgDomain, number>>;
  /** Wide tables: one column per cell. */
  cells: CellColumn[];
  ignored: string[];
}

/** The name of a header: last path segment, lower case, separators as `_`. */
export function headerKey(header: string): string {
  const last = header.split('/').pop() ?? '';
  return last
    .trim()
    .toLowerCase()
    .replace(/^x\.u\.feff\./, '')
    .replace(/[^a-z0-9+]+/g, '_')
    .replace(/^_|_$/g, '');
}

const NAMES: Record<string, keyof Omit<ColumnPlan, 'locations' | 'wg' | 'cells' | 'ignored'>> = {
  period_start: 'periodStart',
  periodstart: 'periodStart',
  period_end: 'periodEnd',
  periodend: 'periodEnd',
  period: 'period',
  month: 'period',
  date: 'date',
  today: 'date',
  reached_on: 'date',
  sex: 'sex',
  gender: 'sex',
  resp_sex: 'sex',
  age: 'age',
  resp_age: 'age',
  age_bracket: 'ageBracket',
  agebracket: 'ageBracket',
  age_group: 'ageBracket',
  disability: 'disability',
  count: 'count',
  reached: 'count',
  people: 'count',
  population: 'count',
  consent: 'consent',
};

const LOCATION_NAME =
  /^(?:admin|adm)([0-3])(?:_?pcode|_?code)?$|^(?:location_pcode|location|pcode|loc_pcode)$/;

/** Maps the header (and hashtag row) of a file; problems name a column or the file. */
export function planColumns(
  header: readonly string[],
  hxl: HxlColumnMapping | undefined,
  options: { kind: ImportKind; measure: string; brackets: AgeBracketSet },
): { plan: ColumnPlan; problems: FieldProblem[] } {
  const plan: ColumnPlan = { locations: [], wg: {}, cells: [], ignored: [] };
  const levels: { index: number; level: number }[] = [];
  header.forEach((text, index) => readHeader(plan, levels, headerKey(text), index));
  const problems: FieldProblem[] = [];
  if (hxl) {
    readHashtags(plan, levels, hxl, options.measure);
    if (options.kind === 'aggregated') {
      const wide = cellColumnsOf(hxl.columns, options.measure, options.brackets);
      plan.cells = wide.cells;
      plan.ignored = wide.ignored;
      problems.push(...wide.problems);
    }
  }
  plan.locations = levels.sort((a, b) => b.level - a.level).map((l) => l.index);
  problems.push(...missingColumns(plan, options.kind));
  return { plan, problems };
}

function readHeader(
  plan: ColumnPlan,
  levels: { index: number; level: number }[],
  key: string,
  index: number,
) {
  const location = key.match(LOCATION_NAME);
  if (location) levels.push({ index, level: location[1] ? Number(location[1]) : 9 });
  const field = NAMES[key];
  if (field && plan[field] === undefined) plan[field] = index;
  const domain = WG_DOMAINS.find((d) => key === d || key === `wg_${d}` || key === `wg_${d}_`);
  if (domain) plan.wg[domain] = index;
}

function readHashtags(
  plan: ColumnPlan,
  levels: { index: number; level: number }[],
  hxl: HxlColumnMapping,
  measure: string,
) {
  for (const column of hxl.columns) {
    const { tag, attributes, index } = column;
    const admin = tag.match(/^adm([1-5])$/);
    if (admin && attributes.includes('code') && !levels.some((l) => l.index === index))
      levels.push({ index, level: Number(admin[1]) });
    if (tag === 'loc' && attributes.includes('code')) levels.push({ index, level: 9 });
    if (tag === 'date' && attributes.includes('start')) plan.periodStart ??= index;
    else if (tag === 'date' && attributes.includes('end')) plan.periodEnd ??= index;
    else if (tag === 'date') plan.period ??= index;
    if ((tag === 'gender' || tag === 'sex') && plan.sex === undefined) plan.sex = index;
    if (tag === 'age' && attributes.some((a) => a === 'range' || a === 'group'))
      plan.ageBracket ??= index;
    else if (tag === 'age' && attributes.length === 0) plan.age ??= index;
    if (tag === measure && attributes.length === 0) plan.count ??= index;
  }
}

function missingColumns(plan: ColumnPlan, kind: ImportKind): FieldProblem[] {
  const need = (present: boolean, column: string): FieldProblem[] =>
    present ? [] : [{ path: `file.columns`, code: 'missing_column', params: { column } }];
  const found = [
    ...need(plan.locations.length > 0, 'location'),
    ...(kind === 'individual'
      ? [
          ...need(plan.age !== undefined, 'age'),
          ...need(plan.sex !== undefined, 'sex'),
          ...WG_DOMAINS.flatMap((d) => need(plan.wg[d] !== undefined, d)),
        ]
      : plan.cells.length > 0
        ? []
        : [
            ...need(plan.sex !== undefined, 'sex'),
            ...need(plan.ageBracket !== undefined, 'age_bracket'),
            ...need(plan.count !== undefined, 'count'),
          ]),
  ];
  return found;
}
