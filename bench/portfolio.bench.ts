/**
 * Portfolio aggregation at scale (issue 3): 10,000 projects × ~100 answers (1,000,000 answers, and as
 * many history rows), generated in SQL. Compares GET /api/v1/portfolio with the raw SQL of the same
 * aggregates (all five statements, run the way the service runs them), and with the heatmap alone.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/core/policy/actor.js';
import { buildDeps } from '../src/server/bootstrap.js';
import { loadConfig } from '../src/server/config.js';
import type { Database } from '../src/server/db/database.js';
import { createApp } from '../src/server/http/app.js';
import {
  blockedProjects,
  heatmap,
  monthlyTrend,
  projectsByPhase,
  topUnmetItems,
} from '../src/server/repos/portfolio.repo.js';
import { currentVersion } from '../src/server/services/checklist-versions.service.js';
import type { Context } from '../src/server/services/context.js';
import { createOrganization } from '../src/server/services/organizations.service.js';
import { createUser } from '../src/server/services/users.service.js';
import { median } from './median.js';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 10_000);
const ANSWERS_PER_PROJECT = 100;
const SECTORS = ['shelter_nfi', 'health', 'transport', 'cccm_dtm', 'psychosocial', 'drr'];

async function seed(database: Database, organizationId: string, versionId: string) {
  const db = database.db;
  await db.execute(sql`insert into projects (organization_id, code, title, country, sectors, phase, checklist_version_id, created_at)
    select ${organizationId}, 'P-' || g, 'Project ' || g, (array['SDN','TCD','SSD','NER'])[1 + g % 4],
      array[(array[${sql.join(
        SECTORS.map((s) => sql`${s}`),
        sql`, `,
      )}])[1 + g % ${SECTORS.length}]],
      (array['design','endorsement','implementation','evaluation'])[1 + g % 4], ${versionId}, now() - (g % 365) * interval '1 day'
    from generate_series(1, ${PROJECTS}) g`);
  const items = sql`(select item_id, principle, phase from checklist_items where version_id = ${versionId} order by position limit ${ANSWERS_PER_PROJECT})`;
  await db.execute(sql`insert into project_answers (organization_id, project_id, item_id, principle, phase, status, answered_at)
    select p.organization_id, p.id, i.item_id, i.principle, i.phase,
      (array['met','met','partly','not_met','not_applicable'])[1 + abs(hashtext(p.id::text || i.item_id)) % 5], p.created_at
    from projects p cross join ${items} i where p.organization_id = ${organizationId}`);
  await db.execute(sql`insert into project_answer_history (organization_id, project_id, item_id, after, changed_at)
    select organization_id, project_id, item_id, jsonb_build_object('status', status), answered_at from project_answers
    where organization_id = ${organizationId}`);
  await db.execute(sql`analyze`);
}

/** Seeds, then prints API vs raw SQL medians; returns the API median in ms. */
export async function benchPortfolio(label: string, database: Database): Promise<number> {
  const config = {
    ...loadConfig(),
    logLevel: 'silent' as const,
    encryptionKey: crypto.randomBytes(32).toString('base64'),
  };
  const deps = await buildDeps(config, database);
  const base: Context = {
    deps,
    db: database.db,
    actor: systemActor('bench'),
    origin: { ip: null, userAgent: null },
    lang: 'en',
  };
  const org = await createOrganization(base, {
    code: `bench-p-${crypto.randomBytes(3).toString('hex')}`,
    name: 'Bench',
  });
  const ctx = { ...base, actor: systemActor('bench', org.id) };
  const email = `po.${org.code}@example.org`;
  await createUser(ctx, {
    email,
    name: 'PO',
    role: 'protection_officer',
    password: 'bench passphrase 2026',
  });
  const started = performance.now();
  await seed(database, org.id, (await currentVersion(database.db, org.id)).id);
  const seededIn = (performance.now() - started) / 1000;
  const app = createApp(deps);
  const login = await app.request('http://localhost/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench passphrase 2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const rounds = 7;
  const api = await median(
    rounds,
    async () => {
      const r = await app.request('http://localhost/api/v1/portfolio', { headers: { cookie } });
      if (r.status !== 200) throw new Error(`portfolio ${r.status}`);
      await r.json();
    },
    1,
  );
  const since = new Date(Date.now() - 365 * 86_400_000);
  const raw = await median(
    rounds,
    () =>
      Promise.all([
        heatmap(database.db, org.id, {}, null),
        projectsByPhase(database.db, org.id, {}, null),
        blockedProjects(database.db, org.id, {}, null),
        topUnmetItems(database.db, org.id, {}, null),
        monthlyTrend(database.db, org.id, {}, null, since),
      ]),
    1,
  );
  const heatmapOnly = await median(rounds, () => heatmap(database.db, org.id, {}, null), 1);
  const heatmapApi = await median(
    rounds,
    async () => {
      const r = await app.request('http://localhost/api/v1/portfolio/heatmap', {
        headers: { cookie },
      });
      if (r.status !== 200) throw new Error(`heatmap ${r.status}`);
      await r.json();
    },
    1,
  );
  console.log(
    `${label.padEnd(10)} portfolio, ${PROJECTS} projects × ${ANSWERS_PER_PROJECT} answers (seeded in ${seededIn.toFixed(0)} s): ` +
      `API ${api.toFixed(0)} ms, raw SQL (same 5 aggregates) ${raw.toFixed(0)} ms → ratio ${(api / raw).toFixed(2)}; ` +
      `GET /portfolio/heatmap ${heatmapApi.toFixed(0)} ms vs its raw statement ${heatmapOnly.toFixed(0)} ms → ratio ${(heatmapApi / heatmapOnly).toFixed(2)}`,
  );
  return api;
}
