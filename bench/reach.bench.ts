/**
 * Reach import at scale (issue 5): a generated 1,000,000-row aggregated reach CSV imported through
 * the import service (checked row by row, staged, grouped into reach records in one transaction),
 * against COPY of the same file into a plain table with the same columns (no index). Peak memory
 * is the process RSS sampled every 50 ms during the import (the embedded database lives in it).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { systemActor } from '../src/core/policy/actor.js';
import type { buildDeps } from '../src/server/bootstrap.js';
import { benchDeps } from './bench-deps.js';
import type { Database } from '../src/server/db/database.js';
import type { Context } from '../src/server/services/context.js';
import { createOrganization } from '../src/server/services/organizations.service.js';
import { createProject } from '../src/server/services/projects.service.js';
import { importReach } from '../src/server/services/reach/import-reach.js';
import type { ImportHooks } from '../src/server/services/reach/import-steps.js';
import { fileSource } from '../src/server/services/reach/read-rows.js';

const ROWS = Number(process.env.BENCH_REACH_ROWS ?? 1_000_000);
const PLACES = 200;
const HEADER = 'location_pcode,period_start,period_end,sex,age_bracket,disability,count\n';
const CELLS = ['female', 'male', 'other', 'not_stated'].flatMap((sex) =>
  ['0-4', '5-11', '12-17', '18-59', '60+'].flatMap((b) =>
    ['disabled', 'not_disabled', 'unknown'].map((d) => `${sex},${b},${d}`),
  ),
);

/** Writes the file once: places × days × the 60 cells, every cell distinct. */
function generate(file: string) {
  if (fs.existsSync(file)) return;
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, HEADER);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const group = Math.floor(i / CELLS.length);
    const place = `SD9${String(group % PLACES).padStart(3, '0')}`;
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(group / PLACES) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    chunk += `${place},${day},${day},${CELLS[i % CELLS.length]},${i % 251}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

async function seed(deps: Awaited<ReturnType<typeof buildDeps>>) {
  const base: Context = {
    deps,
    db: deps.database.db,
    actor: systemActor('bench'),
    origin: { ip: null, userAgent: null },
    lang: 'en',
  };
  const org = await createOrganization(base, {
    code: `bench-${crypto.randomBytes(3).toString('hex')}`,
    name: 'Bench',
  });
  const ctx = { ...base, actor: systemActor('bench', org.id) };
  await deps.database.db
    .execute(sql`insert into locations (organization_id, pcode, level, parent_pcode, country, names)
    select ${org.id}, 'SD9' || lpad(g::text, 3, '0'), 2, null, 'SDN', '{"en":"Bench place"}'::jsonb from generate_series(0, ${PLACES - 1}) g`);
  const project = (code: string) =>
    createProject(ctx, { code, title: 'Bench project', country: 'SDN', sectors: ['cccm_dtm'] });
  return { ctx, projectIds: [(await project('BENCH-1')).id, (await project('BENCH-2')).id] };
}

/** COPY of the file into a plain table, the way the database loads a file fastest. */
async function copyPlain(database: Database, file: string): Promise<number> {
  const columns =
    'location_pcode text, period_start date, period_end date, sex text, age_bracket text, disability text, count integer';
  await database.db.execute(sql.raw('drop table if exists bench_plain'));
  await database.db.execute(sql.raw(`create table bench_plain (${columns})`));
  const started = performance.now();
  if (database.kind === 'postgres') {
    const client = await (database.db as unknown as { $client: pg.Pool }).$client.connect();
    try {
      await pipeline(
        fs.createReadStream(file),
        client.query(copyFrom('copy bench_plain from stdin with (format csv, header)')) as Writable,
      );
    } finally {
      client.release();
    }
  } else {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    await client.query(`copy bench_plain from '/dev/blob' with (format csv, header)`, [], {
      blob: new Blob([fs.readFileSync(file)]),
    });
  }
  const ms = performance.now() - started;
  await database.db.execute(sql.raw('drop table bench_plain'));
  return ms;
}

/** Runs the import while sampling RSS; returns its time and the peak. */
async function measureImport(ctx: Context, projectId: string, file: string, hooks: ImportHooks) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const outcome = await importReach(
    ctx,
    fileSource(file),
    {
      projectId,
      kind: 'aggregated',
      dryRun: false,
    },
    hooks,
  );
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { ms, outcome, before, peak };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * One database: COPY baseline, then the import as it runs (checked in the database), then the
 * same file into another project read row by row; prints rows/s, their ratio to COPY, and peak RSS.
 */
export async function benchReach(label: string, database: Database): Promise<number> {
  const file = path.join(os.tmpdir(), `mainstream-reach-${ROWS}.csv`);
  generate(file);
  const deps = await benchDeps(database);
  const { ctx, projectIds } = await seed(deps);
  await copyPlain(database, file); // warm-up: file cache, relation creation
  const copyMs = await copyPlain(database, file);
  const copyRate = ROWS / (copyMs / 1000);
  console.log(
    `${label.padEnd(10)} ${ROWS.toLocaleString('en')} rows (${mb(fs.statSync(file).size)}): COPY into a plain table ${(copyMs / 1000).toFixed(1)} s ` +
      `(${Math.round(copyRate).toLocaleString('en')} rows/s)`,
  );
  let first = 0;
  for (const [projectId, hooks] of [
    [projectIds[0]!, {}],
    [projectIds[1]!, { reader: 'rows' }],
  ] as const) {
    const run = await measureImport(ctx, projectId, file, hooks);
    first ||= run.ms;
    const importRate = run.outcome.rowsRead / (run.ms / 1000);
    console.log(
      `${''.padEnd(10)} import checked in ${run.outcome.checkedIn === 'database' ? 'the database' : 'rows'.padEnd(12)} ${(run.ms / 1000).toFixed(1)} s (${Math.round(importRate).toLocaleString('en')} rows/s, ` +
        `${run.outcome.cells.toLocaleString('en')} cells written); ratio to COPY ${(importRate / copyRate).toFixed(2)}; ` +
        `RSS ${mb(run.before)} before, peak ${mb(run.peak)} (+${mb(run.peak - run.before)})`,
    );
  }
  return first;
}
