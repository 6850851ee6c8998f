/**
 * A gazetteer's rows (header first; CSV or XLSX reading happens at the edge) → the location
 * hierarchy, country → admin1 → admin2 → admin3, with P-codes and names per language. Every level
 * file repeats its ancestors, so each row yields one location per level. Problems are reported
 * by line (the header is line 1) and column header; damaged names are reported, not stored.
 */
import { gazetteerColumns, type LevelColumns } from './gazetteer-columns.js';
import { detectBadText } from './detect-bad-text.js';

export interface Location {
  pcode: string;
  level: number;
  parentPcode: string | null;
  /** Names by language code (`en`, `fr`, `es`, `ar`, or any other the file has). */
  names: Record<string, string>;
  validOn?: string;
  validTo?: string;
  /** The P-code the previous version gave this place, when it was different. */
  oldPcode?: string;
}

export type GazetteerProblemCode =
  | 'no_pcode_column'
  | 'invalid_pcode'
  | 'missing_pcode'
  | 'missing_name'
  | 'not_nested'
  | 'conflicting_name'
  | 'conflicting_parent'
  | 'lost_encoding'
  | 'mojibake';

export interface GazetteerProblem {
  line: number;
  column: string;
  code: GazetteerProblemCode;
  /** The value concerned, or the other value seen for the same P-code. */
  value?: string;
  /** Damaged text is reported once per column: how many lines have it. */
  lines?: number;
}

export interface Gazetteer {
  locations: Location[];
  problems: GazetteerProblem[];
}

const PCODE = /^[A-Z]{2,3}[A-Z0-9]{0,17}$/;

/** Parses a gazetteer table into locations and the problems found. */
export function parseGazetteer(rows: readonly (readonly string[])[]): Gazetteer {
  const [header = [], ...data] = rows;
  const columns = gazetteerColumns(header);
  const problems: GazetteerProblem[] = [];
  const report = (line: number, index: number, code: GazetteerProblemCode, value?: string) =>
    problems.push({
      line,
      column: header[index]?.trim() ?? String(index),
      code,
      ...(value !== undefined ? { value } : {}),
    });
  const levels = columns.levels.filter((l) => l.pcode !== undefined);
  if (levels.length === 0) {
    problems.push({ line: 1, column: '', code: 'no_pcode_column' });
    return { locations: [], problems };
  }
  const byPcode = new Map<string, { location: Location; line: number }>();
  data.forEach((cells, i) => {
    const line = i + 2;
    const cell = (index: number | undefined) =>
      index === undefined ? '' : (cells[index] ?? '').trim();
    let parent: string | null = null;
    for (const level of levels) {
      const pcode = cell(level.pcode);
      const names = namesOf(level, cell, (index, code, value) => report(line, index, code, value));
      if (!pcode) {
        if (Object.keys(names).length > 0) report(line, level.pcode!, 'missing_pcode');
        continue;
      }
      if (!PCODE.test(pcode)) {
        report(line, level.pcode!, 'invalid_pcode', pcode);
        continue;
      }
      if (parent && !pcode.startsWith(parent)) report(line, level.pcode!, 'not_nested', pcode);
      if (Object.keys(names).length === 0 && hasNameColumns(level) && !hasDamagedName(level, cell))
        report(line, level.pcode!, 'missing_name', pcode);
      const location: Location = { pcode, level: level.level, parentPcode: parent, names };
      const oldPcode = cell(level.oldPcode);
      if (oldPcode && oldPcode !== pcode) {
        if (PCODE.test(oldPcode)) location.oldPcode = oldPcode;
        else report(line, level.oldPcode!, 'invalid_pcode', oldPcode);
      }
      if (cell(columns.validOn)) location.validOn = cell(columns.validOn);
      if (cell(columns.validTo)) location.validTo = cell(columns.validTo);
      merge(byPcode, location, line, level, (index, code, value) =>
        report(line, index, code, value),
      );
      parent = pcode;
    }
  });
  const locations = [...byPcode.values()]
    .map((entry) => entry.location)
    .sort((a, b) => a.level - b.level || a.pcode.localeCompare(b.pcode));
  return { locations, problems: collapseDamage(problems) };
}

type Report = (index: number, code: GazetteerProblemCode, value?: string) => void;

function namesOf(
  level: LevelColumns,
  cell: (index: number) => string,
  report: Report,
): Record<string, string> {
  const pairs: [string, number][] = [
    ...Object.entries(level.names),
    ...level.namesByLanguageColumn.map(({ name, language }): [string, number] => [
      cell(language).toLowerCase(),
      name,
    ]),
  ];
  const names: Record<string, string> = {};
  for (const [language, index] of pairs) {
    const value = cell(index);
    if (!value || !language) continue;
    const damage = detectBadText(value);
    if (damage) report(index, damage, value);
    else names[language] = value;
  }
  return names;
}

function hasNameColumns(level: LevelColumns): boolean {
  return Object.keys(level.names).length > 0 || level.namesByLanguageColumn.length > 0;
}

function hasDamagedName(level: LevelColumns, cell: (index: number) => string): boolean {
  const indexes = [
    ...Object.values(level.names),
    ...level.namesByLanguageColumn.map((n) => n.name),
  ];
  return indexes.some((index) => detectBadText(cell(index)) !== undefined);
}

/** Keeps the first row of a P-code; later rows must agree on its parent and names. */
function merge(
  byPcode: Map<string, { location: Location; line: number }>,
  location: Location,
  line: number,
  level: LevelColumns,
  report: Report,
): void {
  const seen = byPcode.get(location.pcode);
  if (!seen) {
    byPcode.set(location.pcode, { location, line });
    return;
  }
  if (seen.location.parentPcode !== location.parentPcode)
    report(level.pcode!, 'conflicting_parent', seen.location.parentPcode ?? '');
  if (location.oldPcode && !seen.location.oldPcode) seen.location.oldPcode = location.oldPcode;
  for (const [language, name] of Object.entries(location.names)) {
    const known = seen.location.names[language];
    if (known === undefined) seen.location.names[language] = name;
    else if (known !== name)
      report(level.names[language] ?? level.pcode!, 'conflicting_name', known);
  }
}

/** One damaged-text problem per column (its first line, and how many lines), not one per cell. */
function collapseDamage(problems: GazetteerProblem[]): GazetteerProblem[] {
  const damaged = new Map<string, GazetteerProblem>();
  const rest: GazetteerProblem[] = [];
  for (const problem of problems) {
    if (problem.code !== 'lost_encoding' && problem.code !== 'mojibake') {
      rest.push(problem);
      continue;
    }
    const key = `${problem.column}|${problem.code}`;
    const found = damaged.get(key);
    if (found) found.lines = (found.lines ?? 1) + 1;
    else damaged.set(key, { ...problem, lines: 1 });
  }
  return [...damaged.values(), ...rest];
}
