/**
 * Scratch tables of an import (decision 023). Rows are written to a temporary staging table in
 * batches as the file streams in, then moved into reach_counts by one INSERT … SELECT in one
 * transaction, so nothing reaches the real tables before every row is checked, and a crash leaves
 * none.
 * - PostgreSQL: one dedicated connection holds a single transaction from the first batch to the
 *   commit; batches go in with COPY FROM STDIN; the temporary tables drop at commit or rollback.
 * - Embedded: PGlite runs one statement at a time and a transaction would hold every other request
 *   until it ends, so batches go in with COPY from a blob outside it (the progress stays readable),
 *   and only the move runs in the transaction; the tables are dropped in every case.
 */
import crypto from 'node:crypto';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { inTransaction, type Database, type Db } from '../../db/database.js';

export interface Staging {
  /** Table names (temporary, private to this import). */
  cellsTable: string;
  peopleTable: string;
  /** Appends CSV lines (no header) to a staging table. */
  copy(table: string, csv: string): Promise<void>;
  /** A handle that sees the staging tables (for checks before the move). */
  read: Db;
  /** Runs the move into the real tables in one transaction. */
  commit<T>(work: (tx: Db) => Promise<T>): Promise<T>;
}

const CELL_COLUMNS = `line integer, pcode text, period_start date, period_end date, sex text,
  age_bracket text, disability text, count integer`;
const PEOPLE_COLUMNS = `line integer, pcode text, period_start date, period_end date,
  reached_on date, age smallint, sex text, washington_group jsonb, disability text`;

/** Opens staging for one import, runs `body`, and cleans up whatever happens. */
export function withStaging<T>(database: Database, body: (staging: Staging) => Promise<T>) {
  const suffix = crypto.randomBytes(6).toString('hex');
  const names = {
    cellsTable: `reach_stage_${suffix}`,
    peopleTable: `reach_stage_people_${suffix}`,
  };
  return database.kind === 'postgres'
    ? withPostgresStaging(database, names, body)
    : withEmbeddedStaging(database, names, body);
}

const createTables = (names: { cellsTable: string; peopleTable: string }, onCommit: string) => [
  `create temporary table ${names.cellsTable} (${CELL_COLUMNS}) ${onCommit}`,
  `create temporary table ${names.peopleTable} (${PEOPLE_COLUMNS}) ${onCommit}`,
];

async function withPostgresStaging<T>(
  database: Database,
  names: { cellsTable: string; peopleTable: string },
  body: (staging: Staging) => Promise<T>,
): Promise<T> {
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    const db = drizzlePg(client) as unknown as Db;
    return await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      for (const statement of createTables(names, 'on commit drop'))
        await tx.execute(sql.raw(statement));
      return body({
        ...names,
        copy: (table, csv) =>
          pipeline(
            Readable.from([csv]),
            client.query(copyFrom(`copy ${table} from stdin with (format csv)`)) as Writable,
          ),
        read: tx,
        commit: (work) => work(tx),
      });
    });
  } finally {
    client.release();
  }
}

async function withEmbeddedStaging<T>(
  database: Database,
  names: { cellsTable: string; peopleTable: string },
  body: (staging: Staging) => Promise<T>,
): Promise<T> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  for (const statement of createTables(names, '')) await client.exec(statement);
  try {
    return await body({
      ...names,
      copy: async (table, csv) => {
        await client.query(`copy ${table} from '/dev/blob' with (format csv)`, [], {
          blob: new Blob([csv]),
        });
      },
      read: database.db,
      commit: (work) => inTransaction(database.db, work),
    });
  } finally {
    await client.exec(
      `drop table if exists ${names.cellsTable}; drop table if exists ${names.peopleTable}`,
    );
  }
}

/** A CSV field: quoted when it holds a separator, a quote or a line break; empty for null. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
