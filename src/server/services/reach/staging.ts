/**
 * Scratch tables of an import (decisions 023 and 031). Rows are written to temporary staging
 * tables as the file streams in (checked cells, or the file's lines as text when the database
 * checks them), then moved into reach_records by one INSERT … SELECT in one transaction, so
 * nothing reaches the real tables before every row is checked, and a crash leaves none.
 * - PostgreSQL: one dedicated connection holds a single transaction from the first batch to the
 *   commit; batches go in with COPY FROM STDIN; the temporary tables drop at commit or rollback.
 * - Embedded: PGlite runs one statement at a time and a transaction would hold every other request
 *   until it ends, so batches go in with COPY from a blob outside it (the progress stays readable),
 *   and only the move runs in the transaction; the tables are dropped in every case.
 */
import crypto from 'node:crypto';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { finished, pipeline } from 'node:stream/promises';
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
  /**
   * Appends CSV lines (no header) to a staging table; `options` are more COPY options (`,
   * delimiter ';'`). Resolves to the rows COPY read.
   */
  copy(table: string, csv: string | Uint8Array, options?: string): Promise<number>;
  /** A COPY into a staging table that takes the CSV in pieces, in order. */
  openCopy(table: string, options?: string): CopyWriter;
  /**
   * Creates one more temporary table of this import, `<name>_<suffix>`, from a definition
   * (`(columns)` or `as select …`), dropped with the others; returns its name.
   */
  createTable(name: string, definition: string): Promise<string>;
  /** A handle that sees the staging tables (for checks before the move). */
  read: Db;
  /** Runs the move into the real tables in one transaction. */
  commit<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  /** Sets a planner or memory setting for the staging work (reset when staging ends). */
  configure(setting: string, value: string): Promise<void>;
}

export interface CopyWriter {
  /** Resolves when the piece may be followed by the next (PostgreSQL: once buffered). */
  write(bytes: Uint8Array): Promise<void>;
  /** Ends the COPY; resolves to the rows it read. */
  end(): Promise<number>;
  /** Abandons the COPY after a failure (nothing it read is kept). */
  abort(): Promise<void>;
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
    ? withPostgresStaging(database, names, suffix, body)
    : withEmbeddedStaging(database, names, suffix, body);
}

type Names = { cellsTable: string; peopleTable: string };

const createTables = (names: Names, onCommit: string) => [
  `create temporary table ${names.cellsTable} (${CELL_COLUMNS}) ${onCommit}`,
  `create temporary table ${names.peopleTable} (${PEOPLE_COLUMNS}) ${onCommit}`,
];

/** `create temporary table` with the clause that places it: `on commit drop`, or nothing. */
const tableStatement = (table: string, onCommit: string, definition: string) =>
  definition.trimStart().startsWith('(')
    ? `create temporary table ${table} ${definition} ${onCommit}`
    : `create temporary table ${table} ${onCommit} ${definition}`;

async function withPostgresStaging<T>(
  database: Database,
  names: Names,
  suffix: string,
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
        copy: async (table, csv, options = '') => {
          const copy = client.query(
            copyFrom(`copy ${table} from stdin with (format csv${options})`),
          );
          await pipeline(Readable.from([csv]), copy as Writable);
          return copy.rowCount;
        },
        openCopy: (table, options = '') =>
          streamingCopy(
            client.query(copyFrom(`copy ${table} from stdin with (format csv${options})`)),
          ),
        createTable: async (name, definition) => {
          const table = `${name}_${suffix}`;
          await tx.execute(sql.raw(tableStatement(table, 'on commit drop', definition)));
          return table;
        },
        read: tx,
        commit: (work) => work(tx),
        // Local to the transaction: the pooled connection is handed back as it was.
        configure: async (setting, value) => {
          await tx.execute(sql`select set_config(${setting}, ${value}, true)`);
        },
      });
    });
  } finally {
    client.release();
  }
}

async function withEmbeddedStaging<T>(
  database: Database,
  names: Names,
  suffix: string,
  body: (staging: Staging) => Promise<T>,
): Promise<T> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const tables = [names.cellsTable, names.peopleTable];
  const settings: string[] = [];
  for (const statement of createTables(names, '')) await client.exec(statement);
  try {
    return await body({
      ...names,
      copy: async (table, csv, options = '') => {
        const result = await client.query(
          `copy ${table} from '/dev/blob' with (format csv${options})`,
          [],
          { blob: new Blob([csv as BlobPart]) },
        );
        return result.affectedRows ?? 0;
      },
      openCopy: (table, options = '') => {
        let rows = 0;
        return {
          write: async (bytes) => {
            const result = await client.query(
              `copy ${table} from '/dev/blob' with (format csv${options})`,
              [],
              { blob: new Blob([bytes as BlobPart]) },
            );
            rows += result.affectedRows ?? 0;
          },
          end: () => Promise.resolve(rows),
          abort: () => Promise.resolve(),
        };
      },
      createTable: async (name, definition) => {
        const table = `${name}_${suffix}`;
        tables.push(table);
        await client.exec(tableStatement(table, '', definition));
        return table;
      },
      read: database.db,
      commit: (work) => inTransaction(database.db, work),
      // The one embedded connection is shared: each setting is reset when staging ends.
      configure: async (setting, value) => {
        settings.push(setting);
        await client.query('select set_config($1, $2, false)', [setting, value]);
      },
    });
  } finally {
    await client.exec(
      [
        ...tables.map((table) => `drop table if exists ${table};`),
        ...settings.map((setting) => `reset ${setting};`),
      ].join(' '),
    );
  }
}

/** One COPY FROM STDIN fed piece by piece, waiting when the connection's buffer is full. */
function streamingCopy(stream: ReturnType<typeof copyFrom>): CopyWriter {
  let failure: unknown;
  stream.on('error', (error) => (failure ??= error));
  return {
    write: async (bytes) => {
      if (failure) throw failure;
      if (!stream.write(bytes)) await once(stream, 'drain');
    },
    end: async () => {
      if (failure) throw failure;
      stream.end();
      await finished(stream);
      return stream.rowCount;
    },
    abort: async () => {
      if (stream.destroyed) return;
      stream.destroy(new Error('import abandoned'));
      await finished(stream).catch(() => undefined);
    },
  };
}

/** A CSV field: quoted when it holds a separator, a quote or a line break; empty for null. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
