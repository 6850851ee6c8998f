/**
 * Opens the database: the embedded PostgreSQL (PGlite, file-backed, one process) when no
 * DATABASE_URL is set, a PostgreSQL server otherwise. Both run the same migrations folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as baseSchema from './schema.js';
import * as projectSchema from './schema-projects.js';
import * as feedbackSchema from './schema-feedback.js';
import * as strategicSchema from './schema-strategic.js';
import * as participationSchema from './schema-participation.js';
import * as safetySchema from './schema-safety.js';
import * as servicesSchema from './schema-services.js';
import * as capacitySchema from './schema-capacity.js';

const schema = {
  ...baseSchema,
  ...projectSchema,
  ...feedbackSchema,
  ...strategicSchema,
  ...participationSchema,
  ...safetySchema,
  ...servicesSchema,
  ...capacitySchema,
};
import { lockDataDir } from './data-dir-lock.js';

export type Schema = typeof schema;
/** A database handle or an open transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Applies pending migrations (idempotent). */
  migrate(): Promise<void>;
  /** Reclaims space: the embedded database has no autovacuum. */
  vacuum(): Promise<void>;
  close(): Promise<void>;
}

/** Resolved from the repository root, so the compiled server (dist/server/db) finds it too. */
export const MIGRATIONS_DIR = fileURLToPath(
  new URL('../../../src/server/db/migrations', import.meta.url),
);

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'embedded-instance'; client: PGlite }
  | { kind: 'postgres'; url: string };

/** Opens the database named by the target (locking an embedded data directory). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url);
  if (target.kind === 'embedded-instance') return wrapPglite(target.client, () => {});
  const lock = lockDataDir(target.dataDir);
  try {
    const client = await PGlite.create(path.join(target.dataDir, 'pg'));
    return wrapPglite(client, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

function wrapPglite(client: PGlite, onClose: () => void): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'embedded',
    db,
    migrate: () =>
      migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_DIR }),
    vacuum: async () => {
      await client.exec('VACUUM');
    },
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        onClose();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  const db = drizzlePg(pool, { schema });
  await db.execute(sql`select 1`);
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_DIR }),
    vacuum: async () => {
      await db.execute(sql`VACUUM`);
    },
    close: () => pool.end(),
  };
}

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}

/** Runs a raw statement and returns its rows (both drivers answer `{ rows }`). */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
