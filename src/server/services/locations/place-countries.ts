/**
 * The country of every place of a parsed gazetteer, from the top of its hierarchy in the file,
 * and the problems of places whose country cannot be derived or lies outside the actor's scope.
 */
import { deriveCountry } from '../../../core/locations/derive-country.js';
import type { Location } from '../../../core/locations/parse-gazetteer.js';

export interface CountryProblem {
  line: number;
  column: string;
  code: 'unknown_country' | 'outside_scope';
  value: string;
}

/** Countries by P-code, plus one problem per underivable top P-code or out-of-scope country. */
export function placeCountries(
  places: readonly Location[],
  rows: readonly (readonly string[])[],
  allowedCountries: readonly string[] | null,
): { countries: Map<string, string>; problems: CountryProblem[] } {
  const byPcode = new Map(places.map((p) => [p.pcode, p]));
  const countries = new Map<string, string>();
  const problems: CountryProblem[] = [];
  const reported = new Set<string>();
  const report = (code: CountryProblem['code'], pcode: string, value: string) => {
    if (reported.has(`${code}|${value}`)) return;
    reported.add(`${code}|${value}`);
    problems.push({ ...firstCell(rows, pcode), code, value });
  };
  for (const place of places) {
    const root = rootOf(place, byPcode);
    const country = deriveCountry(root.pcode, root.level);
    if (!country) report('unknown_country', root.pcode, root.pcode);
    else if (allowedCountries && !allowedCountries.includes(country))
      report('outside_scope', root.pcode, country);
    else countries.set(place.pcode, country);
  }
  return { countries, problems: problems.sort((a, b) => a.line - b.line) };
}

function rootOf(place: Location, byPcode: Map<string, Location>): Location {
  let current = place;
  // Bounded: a malformed file must not loop (nesting problems are reported elsewhere).
  for (let depth = 0; depth < 12; depth += 1) {
    const parent = byPcode.get(current.parentPcode ?? '');
    if (!parent) break;
    current = parent;
  }
  return current;
}

/** The line (header = 1) and column header of the first cell holding this value. */
export function firstCell(rows: readonly (readonly string[])[], value: string) {
  for (let i = 1; i < rows.length; i += 1) {
    const index = rows[i]!.findIndex((cell) => cell?.trim() === value);
    if (index >= 0) return { line: i + 1, column: rows[0]?.[index]?.trim() ?? String(index) };
  }
  return { line: 1, column: '' };
}
