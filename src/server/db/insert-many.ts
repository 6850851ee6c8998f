/**
 * A multi-row INSERT … RETURNING built from one array parameter per column (`unnest`), so its
 * cost does not grow with rows × columns the way a VALUES list built by the query builder does
 * (measured: 0.17 ms of CPU per 26-column row in the builder). Rows come back mapped like drizzle's
 * own results. The same SQL runs on PostgreSQL 15 and on the embedded database.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { selectRows, type Db } from './database.js';

interface InsertManyOptions {
  /** Skip rows that would violate a unique constraint (the caller finds which by what returns). */
  skipConflicts?: boolean;
}

/** Inserts `rows` (all with the same keys as the first) and returns the inserted rows. */
export async function insertMany<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  options: InsertManyOptions = {},
): Promise<T['$inferSelect'][]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(rows[0]!).filter((key) => key in columns);
  const names = keys.map((key) => sql.identifier(columns[key]!.name));
  const arrays = keys.map(
    (key) =>
      sql`${sql.param(rows.map((row) => toText(columns[key]!, (row as Record<string, unknown>)[key])))}::text[]`,
  );
  const casts = keys.map(
    (key, i) => sql`${sql.identifier(`c${i}`)}::${sql.raw(sqlType(columns[key]!))}`,
  );
  const aliases = keys.map((_, i) => sql.identifier(`c${i}`));
  const statement: SQL = sql`insert into ${table} (${sql.join(names, sql`, `)})
    select ${sql.join(casts, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.join(aliases, sql`, `)})
    ${options.skipConflicts ? sql`on conflict do nothing` : sql``} returning *`;
  const inserted = await selectRows<Record<string, unknown>>(db, statement);
  return inserted.map((row) => fromDriver(columns, row) as T['$inferSelect']);
}

/** The column's value as the text PostgreSQL casts back to its type (null stays null). */
function toText(column: PgColumn, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const driver = column.mapToDriverValue(value);
  if (driver instanceof Date) return driver.toISOString();
  if (typeof driver === 'object') return JSON.stringify(driver);
  return String(driver);
}

function sqlType(column: PgColumn): string {
  const type = column.getSQLType();
  if (!/^[a-z0-9 ()]+$/.test(type)) throw new Error(`unexpected column type ${type}`);
  return type;
}

function fromDriver(columns: Record<string, PgColumn>, row: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(columns).map(([key, column]) => {
      const value = row[column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  );
}
