/**
 * Meaningful access (issue 5): the disaggregated reach table by place and the exclusion analysis
 * over 1,000,000 reach rows, through the API for a viewer (disclosure control included), against the
 * same GROUP BY statements run raw.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { DEFAULT_SETTINGS } from '../src/core/organizations/organization-settings.schema.js';
import { systemActor } from '../src/core/policy/actor.js';
import type { Database } from '../src/server/db/database.js';
import { createApp } from '../src/server/http/app.js';
import {
  baselineCells,
  placesDownTo,
  placesWithoutBaseline,
  reachedByPlace,
  reachedCells,
  reachedInHierarchy,
} from '../src/server/repos/access.repo.js';
import { createOrganization } from '../src/server/services/organizations.service.js';
import { createProject } from '../src/server/services/projects.service.js';
import { createUser } from '../src/server/services/users.service.js';
import { benchDeps, systemContextOf } from './bench-deps.js';
import { median } from './median.js';

const ROWS = Number(process.env.BENCH_REACH_ROWS ?? 1_000_000);
const PASSWORD = 'bench passphrase 2026';

/** 1 country, 18 admin1, 180 admin2, 900 admin3 places; reach rows spread over the admin3 places. */
async function seed(database: Database, organizationId: string, projectId: string) {
  const db = database.db;
  await db.execute(sql`insert into locations (organization_id, pcode, level, parent_pcode, country, names)
    select ${organizationId}::uuid, 'BX', 0, null, 'SDN', '{"en":"Benchland"}'::jsonb
    union all select ${organizationId}::uuid, 'BX' || lpad(a::text, 2, '0'), 1, 'BX', 'SDN', jsonb_build_object('en', 'Region ' || a)
      from generate_series(1, 18) a
    union all select ${organizationId}::uuid, 'BX' || lpad(a::text, 2, '0') || lpad(b::text, 2, '0'), 2, 'BX' || lpad(a::text, 2, '0'), 'SDN',
      jsonb_build_object('en', 'District ' || a || '.' || b) from generate_series(1, 18) a, generate_series(1, 10) b
    union all select ${organizationId}::uuid, 'BX' || lpad(a::text, 2, '0') || lpad(b::text, 2, '0') || lpad(c::text, 2, '0'), 3,
      'BX' || lpad(a::text, 2, '0') || lpad(b::text, 2, '0'), 'SDN', jsonb_build_object('en', 'Locality ' || a || '.' || b || '.' || c)
      from generate_series(1, 18) a, generate_series(1, 10) b, generate_series(1, 5) c`);
  // Each reach row is one cell of one place over one month: 900 places × 60 cells × enough months.
  // Generated as cells, stored as one reach record per place and month (decision 031).
  await db.execute(sql`insert into reach_records (organization_id, project_id, location_pcode, country, period_start, period_end,
      sexes, age_brackets, disabilities, counts)
    select organization_id, project_id, location_pcode, 'SDN', period_start, period_end,
      array_agg(sex order by g), array_agg(age_bracket order by g), array_agg(disability order by g), array_agg(count order by g)
    from (select g, ${organizationId}::uuid as organization_id, ${projectId}::uuid as project_id,
      'BX' || lpad((1 + (g / 60) % 18)::text, 2, '0') || lpad((1 + (g / 1080) % 10)::text, 2, '0') || lpad((1 + (g / 10800) % 5)::text, 2, '0') as location_pcode,
      date '2020-01-01' + ((g / 54000) * 31) as period_start, date '2020-01-01' + ((g / 54000) * 31) + 30 as period_end,
      (array['female','male','other','not_stated'])[1 + g % 4] as sex, (array['0-4','5-11','12-17','18-59','60+'])[1 + (g / 4) % 5] as age_bracket,
      (array['disabled','not_disabled','unknown'])[1 + (g / 20) % 3] as disability,
      case when g % 4 = 0 and (g / 4) % 5 = 4 and (g / 20) % 3 = 0 then g % 3 else 5 + g % 40 end as count
    from generate_series(0, ${ROWS - 1}) g) cells
    group by organization_id, project_id, location_pcode, period_start, period_end`);
  await db.execute(sql`insert into population_baselines (id, organization_id, location_pcode, country, reference_date, source, age_brackets)
    select md5('bench' || l.pcode)::uuid, ${organizationId}, l.pcode, 'SDN', date '2019-06-01', 'bench', '[]'::jsonb
    from locations l where l.organization_id = ${organizationId} and l.level = 3`);
  await db.execute(sql`insert into baseline_counts (organization_id, baseline_id, sex, age_bracket, disability, count)
    select ${organizationId}, b.id, s, a, d, 200 from population_baselines b,
      unnest(array['female','male','other','not_stated']) s, unnest(array['0-4','5-11','12-17','18-59','60+']) a,
      unnest(array['disabled','not_disabled','unknown']) d
    where b.organization_id = ${organizationId}`);
  await db.execute(sql`analyze reach_records`);
  await db.execute(sql`analyze locations`);
}

/** Prints the table and analysis figures for one database; returns the table's API time. */
export async function benchAccess(label: string, database: Database): Promise<number> {
  const deps = await benchDeps(database);
  const base = systemContextOf(deps);
  const org = await createOrganization(base, {
    code: `bench-a-${crypto.randomBytes(3).toString('hex')}`,
    name: 'Bench',
  });
  const ctx = { ...base, actor: systemActor('bench', org.id) };
  const project = await createProject(ctx, {
    code: 'BENCH-1',
    title: 'Bench',
    country: 'SDN',
    sectors: ['shelter_nfi'],
  });
  const started = performance.now();
  await seed(database, org.id, project.id);
  const seeded = (performance.now() - started) / 1000;
  const email = `viewer.${org.code}@example.org`;
  await createUser(ctx, { email, name: 'Donor', role: 'viewer', password: PASSWORD });
  const app = createApp(deps);
  const login = await app.request('http://localhost/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const viaApi = (path: string) => async () => {
    const r = await app.request(`http://localhost${path}`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`${path} ${r.status}`);
    await r.json();
  };
  const scope = { organizationId: org.id, countries: null };
  const tableApi = await median(5, viaApi('/api/v1/access/table?level=2&columns=bracket'), 1);
  const tableRaw = await median(5, () => reachedByPlace(database.db, scope, 2), 1);
  const analysisApi = await median(5, viaApi('/api/v1/access/analysis'), 1);
  // A viewer's analysis also reads the hierarchy its findings must agree with (decision 019).
  const level = DEFAULT_SETTINGS.publishedAdminLevel;
  const analysisRaw = await median(
    5,
    () =>
      Promise.all([
        reachedCells(database.db, scope),
        baselineCells(database.db, scope),
        placesWithoutBaseline(database.db, scope),
        reachedInHierarchy(database.db, scope, level),
        placesDownTo(database.db, scope, level),
      ]),
    1,
  );
  console.log(
    `${label.padEnd(10)} reach table by admin2 × age over ${ROWS} rows (seeded in ${seeded.toFixed(0)} s), viewer: ` +
      `API ${tableApi.toFixed(0)} ms, raw GROUP BY ${tableRaw.toFixed(0)} ms → ratio ${(tableApi / tableRaw).toFixed(2)}`,
  );
  console.log(
    `${label.padEnd(10)} meaningful-access analysis, viewer: API ${analysisApi.toFixed(0)} ms, ` +
      `raw (same 5 statements) ${analysisRaw.toFixed(0)} ms → ratio ${(analysisApi / analysisRaw).toFixed(2)}`,
  );
  return tableApi;
}
