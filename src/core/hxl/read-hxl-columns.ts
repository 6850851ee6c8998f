/**
 * An HXL-tagged table's column mapping. The hashtag row is found as libhxl-python finds it: the
 * first row, among the first 25, in which at least half of the non-empty cells are hashtags; it
 * may follow title and group-header rows. The row just above is the human header. Each tagged
 * column is read into sex, age and disability where its attributes say so; attributes it does not
 * interpret are kept.
 */
import { AGE_MAX } from '../reach/age-brackets.js';
import type { Sex } from '../reach/sex.js';
import type { DisabilityStatus } from '../reach/washington-group.js';
import {
  AGE_GROUP_ATTRIBUTES,
  DISABILITY_ATTRIBUTES,
  SEX_ALIASES,
  SEX_ATTRIBUTES,
  ageRangeOf,
  type AgeGroupAttribute,
  type AgeRange,
} from './hxl-vocabulary.js';
import { formatHashtag, parseHashtag } from './parse-hashtag.js';

export interface HxlColumn {
  index: number;
  /** The human header above the hashtag, if any. */
  header?: string;
  /** A group header two rows above, spread over the blank cells of a merged range. */
  group?: string;
  /** Canonical spelling (`#adm1+code`). */
  hashtag: string;
  tag: string;
  attributes: string[];
  sex?: Sex;
  age?: AgeRange;
  ageGroup?: AgeGroupAttribute;
  disability?: DisabilityStatus;
  /** Attributes not read into sex, age or disability (`code`, `total`, `food`…). */
  otherAttributes: string[];
}

export interface HxlColumnMapping {
  /** 0-based index of the hashtag row; data starts on the next row. */
  hashtagRow: number;
  columns: HxlColumn[];
}

const SEARCH_ROWS = 25;

/** Index of the hashtag row, or undefined when the table has none. */
export function findHashtagRow(rows: readonly (readonly string[])[]): number | undefined {
  const index = rows.slice(0, SEARCH_ROWS).findIndex((row) => {
    const filled = row.filter((cell) => cell.trim() !== '');
    return filled.length > 0 && filled.filter((c) => parseHashtag(c)).length * 2 >= filled.length;
  });
  return index >= 0 ? index : undefined;
}

const invert = <K extends string>(record: Record<K, string>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [v, k])) as Record<string, K>;
const SEX_BY_ATTRIBUTE = { ...invert(SEX_ATTRIBUTES), ...SEX_ALIASES };
const DISABILITY_BY_ATTRIBUTE = invert(DISABILITY_ATTRIBUTES);

/** The mapping of every tagged column (untagged columns are left out). */
export function readHxlColumns(rows: readonly (readonly string[])[]): HxlColumnMapping | undefined {
  const hashtagRow = findHashtagRow(rows);
  if (hashtagRow === undefined) return undefined;
  const headers = hashtagRow > 0 ? rows[hashtagRow - 1] : undefined;
  const groups = hashtagRow > 1 ? groupHeaders(rows[hashtagRow - 2] ?? []) : [];
  const columns = (rows[hashtagRow] ?? []).flatMap((cell, index): HxlColumn[] => {
    const parsed = parseHashtag(cell);
    if (!parsed) return [];
    const column: HxlColumn = {
      index,
      hashtag: formatHashtag(parsed),
      ...parsed,
      otherAttributes: [],
    };
    const header = headers?.[index]?.trim();
    if (header) column.header = header;
    if (groups[index]) column.group = groups[index];
    for (const attribute of parsed.attributes) readAttribute(column, attribute);
    return [column];
  });
  return { hashtagRow, columns };
}

/** Group headers filled rightwards over merged-cell blanks; a lone title row is not a group row. */
function groupHeaders(row: readonly string[]): (string | undefined)[] {
  if (row.filter((cell) => cell.trim() !== '').length < 2) return [];
  let current: string | undefined;
  return row.map((cell) => (current = cell.trim() || current));
}

function readAttribute(column: HxlColumn, attribute: string): void {
  const age = ageRangeOf(attribute);
  if (SEX_BY_ATTRIBUTE[attribute]) column.sex = SEX_BY_ATTRIBUTE[attribute];
  else if (DISABILITY_BY_ATTRIBUTE[attribute])
    column.disability = DISABILITY_BY_ATTRIBUTE[attribute];
  else if ((AGE_GROUP_ATTRIBUTES as readonly string[]).includes(attribute))
    column.ageGroup = attribute as AgeGroupAttribute;
  else if (age && age.min <= AGE_MAX) column.age = age;
  else column.otherAttributes.push(attribute);
}
