/** Reach imports through the API: formats, HXL mapping, individual records, bad rows, crash, re-import. */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSettings } from '../../src/server/services/organization-settings.service.js';
import { DEFAULT_SETTINGS } from '../../src/core/organizations/organization-settings.schema.js';
import { importReach } from '../../src/server/services/reach/import-reach.js';
import { bytesSource } from '../../src/server/services/reach/read-rows.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { buildProject, countRows, seedYemenPlaces } from '../support/reach-fixtures.js';
import {
  call,
  createTestApp,
  signIn,
  systemContext,
  TEST_ORIGIN,
  type TestApp,
} from '../support/test-app.js';

let t: TestApp;
let officer: string;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  organizationId = organization.id;
  await seedYemenPlaces(t.deps, organizationId);
  officer = await signIn(
    t,
    (await buildUser(t.deps, organizationId, { role: 'me_officer' })).email,
  );
});
afterAll(() => t.close());

const fixture = (name: string) => fs.readFileSync(`test/fixtures/formats/${name}`);
const KOBO_XLSX = 'test/fixtures/formats/kobo-export-sample.xlsx';

async function upload(
  fields: Record<string, string>,
  content: string | Uint8Array,
  name: string,
  cookie = officer,
) {
  const form = new FormData();
  form.append(
    'file',
    new File([typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>)], name),
  );
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return t.app.request(`${TEST_ORIGIN}/api/v1/reach/imports`, {
    method: 'POST',
    headers: { cookie, origin: TEST_ORIGIN },
    body: form,
  });
}

/** Starts an import and waits for its outcome, polling as the web app does. */
async function importAndWait(
  fields: Record<string, string>,
  content: string | Uint8Array,
  name: string,
) {
  const started = await upload(fields, content, name);
  expect(started.status, await started.clone().text()).toBe(202);
  const { id } = (await started.json()) as { id: string };
  for (let i = 0; i < 200; i++) {
    const r = await call(t, 'GET', `/api/v1/reach/imports/${id}`, { cookie: officer });
    const body = (await r.json()) as { status: string; rowsWritten: number; problems: unknown[] };
    if (body.status !== 'running') return body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('import did not finish');
}

const setSettings = (patch: Partial<typeof DEFAULT_SETTINGS>) =>
  putSettings(systemContext(t.deps, organizationId), { ...DEFAULT_SETTINGS, ...patch });

const LONG = `location_pcode,period_start,period_end,sex,age_bracket,disability,count
YE1209,2024-03-01,2024-03-31,female,60+,disabled,3
YE1209,2024-03-01,2024-03-31,female,60+,not_disabled,40
YE1211,2024-03-01,2024-03-31,male,18-59,unknown,120
`;

describe('aggregated imports', () => {
  it('checks a dry run without writing, then imports, and a re-import replaces the same cells', async () => {
    const project = await buildProject(t.deps, organizationId);
    const dry = await upload({ projectId: project.id, dryRun: 'true' }, LONG, 'reach.csv');
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dryRun: true, rowsRead: 3, cells: 3 });
    expect(await countRows(t.deps, 'reach_counts', project.id)).toBe(0);
    expect(await importAndWait({ projectId: project.id }, LONG, 'reach.csv')).toMatchObject({
      status: 'committed',
      rowsWritten: 3,
    });
    const changed = LONG.replace(',3\n', ',7\n');
    expect(await importAndWait({ projectId: project.id }, changed, 'reach.csv')).toMatchObject({
      status: 'committed',
      rowsWritten: 3,
    });
    expect(await countRows(t.deps, 'reach_counts', project.id)).toBe(3);
    const list = await (
      await call(t, 'GET', `/api/v1/reach?projectId=${project.id}&sort=-count`, { cookie: officer })
    ).json();
    expect(list.items.map((i: { count: number }) => i.count)).toEqual([120, 40, 7]);
  });

  it('lists every bad row by line and field, and writes nothing', async () => {
    const project = await buildProject(t.deps, organizationId);
    const bad = `${LONG}YE1209,2024-03-01,2024-03-31,female,60+,disabled,-2
XX9999,2024-03-01,2024-03-31,female,60+,disabled,2
YE1209,2024-03-01,2024-02-01,robot,61-70,maybe,1.5
SD01,2024-03-01,2024-03-31,male,60+,disabled,1
`;
    const r = await upload({ projectId: project.id, dryRun: 'true' }, bad, 'bad.csv');
    expect(r.status).toBe(400);
    const { error } = await r.json();
    expect(error.details.rows).toEqual([
      { line: 5, field: 'count', code: 'negative' },
      { line: 6, field: 'location', code: 'unknown_pcode' },
      { line: 7, field: 'periodEnd', code: 'before_start' },
      { line: 7, field: 'sex', code: 'unknown_sex' },
      { line: 7, field: 'ageBracket', code: 'unknown_bracket' },
      { line: 7, field: 'disability', code: 'unknown_disability' },
      { line: 7, field: 'count', code: 'not_a_whole_number' },
      { line: 8, field: 'location', code: 'other_country' },
    ]);
    expect(await countRows(t.deps, 'reach_counts', project.id)).toBe(0);
  });

  it('refuses a cell given twice in one file, by line', async () => {
    const project = await buildProject(t.deps, organizationId);
    const r = await upload(
      { projectId: project.id, dryRun: 'true' },
      `${LONG}YE1209,2024-03-01,2024-03-31,female,60+,disabled,9\n`,
      'dup.csv',
    );
    expect(r.status).toBe(400);
    expect((await r.json()).error.details.rows).toEqual([
      { line: 5, field: 'cell', code: 'duplicate_cell' },
    ]);
    const real = await importAndWait(
      { projectId: project.id, dryRun: 'false' },
      `${LONG}YE1209,2024-03-01,2024-03-31,female,60+,disabled,9\n`,
      'dup.csv',
    );
    expect(real).toMatchObject({
      status: 'failed',
      problems: [{ line: 5, field: 'cell', code: 'duplicate_cell' }],
    });
    expect(await countRows(t.deps, 'reach_counts', project.id)).toBe(0);
  });

  it('maps an HXL-tagged wide 5W table whose ages fit the brackets', async () => {
    const project = await buildProject(t.deps, organizationId);
    const refused = await upload(
      { projectId: project.id, dryRun: 'true' },
      fixture('hxl-reached-wide-synthetic.csv'),
      'w.csv',
    );
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.details.fields[0]).toMatchObject({
      path: 'file.columns.8',
      code: 'age_not_in_one_bracket',
    });
    await setSettings({
      ageBrackets: [
        { code: '0-17', min: 0, max: 17 },
        { code: '18-59', min: 18, max: 59 },
        { code: '60+', min: 60, max: 120 },
      ],
    });
    try {
      const done = await importAndWait(
        { projectId: project.id },
        fixture('hxl-reached-wide-synthetic.csv'),
        'w.csv',
      );
      expect(done.status).toBe('committed');
      const rows = await t.database.db
        .execute(sql`select sex, age_bracket, disability, count from reach_counts
        where project_id = ${project.id}::uuid and location_pcode = 'YE1209' order by sex, age_bracket`);
      expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
        { sex: 'female', age_bracket: '0-17', disability: 'unknown', count: 47 },
        { sex: 'female', age_bracket: '18-59', disability: 'unknown', count: 70 },
        { sex: 'female', age_bracket: '60+', disability: 'unknown', count: 8 },
        { sex: 'male', age_bracket: '0-17', disability: 'unknown', count: 12 },
        { sex: 'male', age_bracket: '18-59', disability: 'unknown', count: 91 },
        { sex: 'male', age_bracket: '60+', disability: 'unknown', count: 72 },
      ]);
    } finally {
      await setSettings({});
    }
  });
});

describe('individual-level imports', () => {
  const period = { periodStart: '2024-03-01', periodEnd: '2024-03-31', kind: 'individual' };

  it('aggregates a Kobo CSV export by the WG cut-off and keeps no individual row by default', async () => {
    const project = await buildProject(t.deps, organizationId);
    const done = await importAndWait(
      { projectId: project.id, ...period },
      fixture('kobo-export-sample.csv'),
      'kobo.csv',
    );
    expect(done).toMatchObject({ status: 'committed' });
    const totals = (await t.database.db.execute(sql`select sum(count)::int as people,
      sum(count) filter (where disability = 'disabled')::int as disabled from reach_counts where project_id = ${project.id}::uuid`)) as unknown as {
      rows: { people: number; disabled: number }[];
    };
    expect(totals.rows[0]!.people).toBeGreaterThan(0);
    expect(totals.rows[0]!.disabled).toBeGreaterThan(0);
    expect(await countRows(t.deps, 'reach_individuals', project.id)).toBe(0);
  });

  it('reads the XLSX export the same way, and keeps the rows when the organisation says so', async () => {
    const csvProject = await buildProject(t.deps, organizationId);
    await importReach(
      systemContext(t.deps, organizationId),
      bytesSource('k.csv', fixture('kobo-export-sample.csv')),
      {
        projectId: csvProject.id,
        kind: 'individual',
        dryRun: false,
        period: { start: '2024-03-01', end: '2024-03-31' },
      },
    );
    const project = await buildProject(t.deps, organizationId);
    await setSettings({ keepIndividualRecords: true });
    try {
      const outcome = await importReach(
        systemContext(t.deps, organizationId),
        bytesSource('k.xlsx', fs.readFileSync(KOBO_XLSX)),
        {
          projectId: project.id,
          kind: 'individual',
          dryRun: false,
          period: { start: '2024-03-01', end: '2024-03-31' },
        },
      );
      expect(outcome.keptIndividuals).toBeGreaterThan(0);
      expect(await countRows(t.deps, 'reach_individuals', project.id)).toBe(
        outcome.keptIndividuals,
      );
    } finally {
      await setSettings({});
    }
    const byCell = async (id: string) =>
      (
        (await t.database.db
          .execute(sql`select location_pcode, sex, age_bracket, disability, count from reach_counts
        where project_id = ${id}::uuid order by 1, 2, 3, 4`)) as unknown as { rows: unknown[] }
      ).rows;
    expect(await byCell(project.id)).toEqual(await byCell(csvProject.id));
  });

  it('names ages over 120 and WG answers outside 1–4 by line', async () => {
    const project = await buildProject(t.deps, organizationId);
    const file = `age,sex,wg_seeing,wg_hearing,wg_walking,wg_remembering,wg_selfcare,wg_communicating,admin2
30,female,1,1,1,1,1,1,YE1209
130,female,1,5,1,1,1,1,YE1209
`;
    const body = await importAndWait({ projectId: project.id, ...period }, file, 'people.csv');
    expect(body.status).toBe('failed');
    expect(body.problems).toEqual([
      { line: 3, field: 'age', code: 'above_120' },
      { line: 3, field: 'hearing', code: 'not_a_wg_answer' },
    ]);
    expect(await countRows(t.deps, 'reach_counts', project.id)).toBe(0);
  });
});

describe('a crash mid-import', () => {
  it.each([
    ['checked in the database', 'database', {}],
    ['read row by row', 'rows', { reader: 'rows' }],
  ] as const)(
    '%s: leaves no reach row, and the import shows failed',
    async (_name, checkedIn, reader) => {
      const project = await buildProject(t.deps, organizationId);
      const lines = Array.from({ length: 500 }, (_, i) =>
        `YE1209,2024-01-01,2024-01-31,female,18-59,not_disabled,${i}`.replace(
          '2024-01-01,2024-01-31',
          `2024-01-${String((i % 28) + 1).padStart(2, '0')},2024-02-${String(Math.floor(i / 28) + 1).padStart(2, '0')}`,
        ),
      );
      const csv = `location_pcode,period_start,period_end,sex,age_bracket,disability,count\n${lines.join('\n')}\n`;
      const ctx = systemContext(t.deps, organizationId);
      await expect(
        importReach(
          ctx,
          bytesSource('big.csv', Buffer.from(csv)),
          { projectId: project.id, kind: 'aggregated', dryRun: false },
          {
            ...reader,
            batchSize: 100,
            onBatch: ({ batches }) => {
              if (batches === 3) throw new Error('simulated crash');
            },
          },
        ),
      ).rejects.toThrow('simulated crash');
      expect(await countRows(t.deps, 'reach_counts', project.id)).toBe(0);
      const imports = (await t.database.db.execute(
        sql`select status, rows_read from reach_imports where project_id = ${project.id}::uuid`,
      )) as unknown as { rows: { status: string; rows_read: number }[] };
      expect(imports.rows).toEqual([{ status: 'failed', rows_read: 300 }]);
      const outcome = await importReach(
        ctx,
        bytesSource('big.csv', Buffer.from(csv)),
        { projectId: project.id, kind: 'aggregated', dryRun: false },
        { ...reader, batchSize: 100 },
      );
      expect(outcome).toMatchObject({ cells: 500, checkedIn });
    },
  );

  it('marks an import left running by a dead process as failed on the next run', async () => {
    const project = await buildProject(t.deps, organizationId);
    await t.database.db
      .execute(sql`insert into reach_imports (organization_id, project_id, kind, file_hash, status, started_at)
      values (${organizationId}::uuid, ${project.id}::uuid, 'aggregated', 'x', 'running', now() - interval '2 hours')`);
    await importReach(
      systemContext(t.deps, organizationId),
      bytesSource('r.csv', Buffer.from(LONG)),
      { projectId: project.id, kind: 'aggregated', dryRun: false },
    );
    const statuses = (await t.database.db.execute(
      sql`select status from reach_imports where project_id = ${project.id}::uuid order by started_at`,
    )) as unknown as { rows: { status: string }[] };
    expect(statuses.rows.map((r) => r.status)).toEqual(['failed', 'committed']);
  });
});
