/**
 * Benchmarks that print their figures (npm run bench). Each scenario runs on the embedded database
 * and, when BENCH_DATABASE_URL is set (or the local server answers), on PostgreSQL, in one run, so
 * ratios compare like with like on a noisy machine. A throw-away warm-up precedes every measurement.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/database.js';
import { buildDeps } from '../src/server/bootstrap.js';
import { loadConfig } from '../src/server/config.js';
import { createApp } from '../src/server/http/app.js';
import { systemActor } from '../src/core/policy/actor.js';
import { createOffice, createOrganization } from '../src/server/services/organizations.service.js';
import { insertUser } from '../src/server/repos/users.repo.js';
import { hashPassword } from '../src/server/security/passwords.js';
import type { Context, Deps } from '../src/server/services/context.js';
import { median } from './median.js';
import { benchPortfolio } from './portfolio.bench.js';
import { benchFeedback } from './feedback.bench.js';
import { benchReach } from './reach.bench.js';
import { benchAccess } from './access.bench.js';

const USERS = 2_000;
const ROUNDS = 200;
const PASSWORD = 'bench passphrase 2026';

async function seed(deps: Deps) {
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
  const office = await createOffice(ctx, org.id, {
    code: 'B-1',
    name: 'Bench office',
    country: 'SDN',
  });
  const passwordHash = await hashPassword(PASSWORD);
  for (let i = 0; i < USERS; i++) {
    await insertUser(
      deps.database.db,
      {
        organizationId: org.id,
        email: `u${i}.${org.code}@example.org`,
        name: `User ${i}`,
        role: i === 0 ? 'admin' : 'viewer',
        passwordHash,
      },
      i % 2 ? [office.id] : [],
    );
  }
  return { organizationId: org.id, adminEmail: `u0.${org.code}@example.org` };
}

async function scenario(label: string, database: Database) {
  const deps = await buildDeps(
    {
      ...loadConfig(),
      logLevel: 'silent',
      encryptionKey: crypto.randomBytes(32).toString('base64'),
    },
    database,
  );
  const { organizationId, adminEmail } = await seed(deps);
  const app = createApp(deps);
  const login = await app.request('http://localhost/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const viaApp = await median(ROUNDS, async () => {
    const r = await app.request('http://localhost/api/v1/users?pageSize=50&sort=name', {
      headers: { cookie },
    });
    await r.json();
  });
  const viaSql = await median(ROUNDS, () =>
    database.db
      .execute(sql`select u.*, (select count(*) from users where organization_id = ${organizationId}) as total,
      (select json_agg(o.*) from user_offices uo join offices o on o.id = uo.office_id where uo.user_id = u.id) as offices
      from users u where u.organization_id = ${organizationId} order by u.name, u.id limit 50`),
  );
  const loginMs = await median(20, async () => {
    const r = await app.request('http://localhost/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: adminEmail, password: PASSWORD }),
    });
    if (r.status !== 200) throw new Error(`login ${r.status}`);
  });
  console.log(
    `${label.padEnd(10)} users page (50 of ${USERS}) via API: ${viaApp.toFixed(2)} ms  raw SQL: ${viaSql.toFixed(2)} ms  ratio ${(viaApp / viaSql).toFixed(1)}x  login: ${loginMs.toFixed(1)} ms`,
  );
  return viaApp;
}

async function postgresUrl(name: string): Promise<string | null> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  try {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(url, `CREATE DATABASE ${name}`);
    const parsed = new URL(url);
    parsed.pathname = `/${name}`;
    return parsed.toString();
  } catch {
    return null;
  }
}

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Runs a scenario on a fresh embedded database and a fresh PostgreSQL database, and prints the
 * ratio. The embedded database keeps its data in a directory on disk, as the app does: an
 * in-memory PGlite writes large tables far more slowly.
 */
async function onBothDatabases(
  title: string,
  run: (label: string, database: Database) => Promise<number>,
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mainstream-bench-'));
  const embedded = await openDatabase({ kind: 'embedded', dataDir });
  let embeddedMs: number;
  try {
    await embedded.migrate();
    embeddedMs = await run('embedded', embedded);
  } finally {
    await embedded.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const name = `mainstream_bench_${process.pid}`;
  const url = await postgresUrl(name);
  if (!url) {
    console.log('postgres: skipped (set BENCH_DATABASE_URL or start the local server)');
    return;
  }
  const server = await openDatabase({ kind: 'postgres', url });
  await server.migrate();
  const serverMs = await run('postgres', server);
  await server.close();
  await adminQuery(
    process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`,
  );
  console.log(`${title}: embedded ÷ postgres ${(embeddedMs / serverMs).toFixed(2)}×\n`);
}

const only = process.env.BENCH_ONLY;
if (!only || only === 'users') await onBothDatabases('users page through the API', scenario);
if (!only || only === 'portfolio')
  await onBothDatabases('portfolio through the API', benchPortfolio);
if (!only || only === 'feedback') await onBothDatabases('SMS webhook intake', benchFeedback);
if (!only || only === 'access')
  await onBothDatabases('meaningful access through the API', benchAccess);
if (only === 'reach') await onBothDatabases('reach import of 1,000,000 rows', benchReach);
