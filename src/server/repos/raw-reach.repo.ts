/**
 * The tables of an import checked in the database (decision 031): the file's lines as text
 * (`raw`), grouped into one row per place × period (`grouped`, the cells as the file's texts),
 * the distinct cell layouts of those rows (`layouts`), and what the core checker read from
 * each key and each layout (`keyCodes`, `layoutCodes`). Column `cN` of `raw` is column N of the
 * file.
 */
import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '../db/database.js';

export const rawColumn = (index: number) => `c${index}`;

/** A separator (`,` `;` or tab) as an SQL string literal. */
const literal = (delimiter: string) => (delimiter === '\t' ? `E'\\t'` : `'${delimiter}'`);

/** The columns of the raw table, one text column per column of the file. */
export function rawTableDefinition(columns: number): string {
  return `(${Array.from({ length: columns }, (_, i) => `${rawColumn(i)} text`).join(', ')})`;
}

/** COPY options for the raw table: the file's separator; an empty field is '' (never null). */
export function rawCopyOptions(columns: number, delimiter: string): string {
  const separator = literal(delimiter);
  const all = Array.from({ length: columns }, (_, i) => rawColumn(i)).join(', ');
  return `, delimiter ${separator}, force_not_null (${all})`;
}

export interface RawCellColumns {
  /** Columns that place a row (locations, period): the group key. */
  key: number[];
  sex: number;
  ageBracket: number;
  /** Absent: every cell's disability text is ''. */
  disability: number | undefined;
  count: number;
}

/**
 * One row per distinct key, numbered, with its cells' texts in file order: `cells` holds each
 * row's sex, bracket and disability texts and `counts` its count text, joined by the file's
 * separator, which no field of a file without quotes can hold. Each raw row is fed to both
 * aggregates of its group in turn, so they stay aligned (decision 031).
 */
export function groupedDefinition(raw: string, columns: RawCellColumns, delimiter: string): string {
  const key = columns.key.map(rawColumn).join(', ');
  const separator = literal(delimiter);
  const disability = columns.disability === undefined ? `''` : rawColumn(columns.disability);
  return `as select (row_number() over ())::int as id, ${key},
      string_agg(${rawColumn(columns.sex)} || ${separator} || ${rawColumn(columns.ageBracket)}
        || ${separator} || ${disability}, ${separator}) as cells,
      string_agg(${rawColumn(columns.count)}, ${separator}) as counts
    from ${raw} group by ${key}`;
}

/** The distinct cell layouts of the grouped rows, numbered. */
export function layoutsDefinition(grouped: string): string {
  return `as select (row_number() over ())::int as id, cells from ${grouped} group by cells`;
}

/** The cells of all the distinct layouts together (what the core checker would be given). */
export async function layoutCells(db: Db, layouts: string, delimiter: string): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    sql`select coalesce(sum(cardinality(string_to_array(cells, ${delimiter}))), 0)::int / 3 as n
      from ${sql.identifier(layouts)}`,
  );
  return row?.n ?? 0;
}

/** The key texts of every grouped row. */
export async function readGroupKeys(
  db: Db,
  grouped: string,
  key: number[],
): Promise<{ id: number; texts: string[] }[]> {
  const rows = await selectRows<Record<string, string | number>>(
    db,
    sql.raw(`select id, ${key.map(rawColumn).join(', ')} from ${grouped}`),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    texts: key.map((index) => String(row[rawColumn(index)])),
  }));
}

/** A layout: its texts, sex, bracket and disability of each cell in turn, as the file has them. */
export async function readLayouts(
  db: Db,
  layouts: string,
  delimiter: string,
): Promise<{ id: number; texts: string[] }[]> {
  return selectRows<{ id: number; texts: string[] }>(
    db,
    sql`select id, string_to_array(cells, ${delimiter}) as texts from ${sql.identifier(layouts)}`,
  );
}

/**
 * Whether every count text is a whole number of at most 8 digits (under the core's limit of 100
 * million), in the core's reading: digits only, so trimming and signs do not arise.
 */
export async function countsAreWholeNumbers(
  db: Db,
  grouped: string,
  delimiter: string,
): Promise<boolean> {
  const pattern = `^[0-9]{1,8}(${delimiter}[0-9]{1,8})*$`;
  const [row] = await selectRows<{ ok: boolean }>(
    db,
    sql`select coalesce(bool_and(counts ~ ${pattern}), true) as ok
      from ${sql.identifier(grouped)}`,
  );
  return row?.ok === true;
}

export const KEY_CODES_COLUMNS = '(id int, pcode text, period_start date, period_end date)';
export const LAYOUT_CODES_COLUMNS =
  '(id int, sexes text[], age_brackets text[], disabilities text[])';

export interface KeyCodes {
  id: number;
  pcode: string;
  period_start: string;
  period_end: string;
}

/** Fills a codes table (`keyCodes` or `layoutCodes`) from rows named as its columns. */
export async function fillCodes(
  db: Db,
  table: string,
  columns: string,
  rows: readonly object[],
): Promise<void> {
  await db.execute(sql`insert into ${sql.identifier(table)}
    select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x${sql.raw(columns)}`);
}
