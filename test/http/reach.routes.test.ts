/** Baselines, reach entry, lists and exports through the API: 200/201, 400, 401, 403, 404, HXL, suppression. */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../support/factories.js';
import { buildProject, seedYemenPlaces } from '../support/reach-fixtures.js';
import { call, createTestApp, signIn, TEST_ORIGIN, type TestApp } from '../support/test-app.js';

let t: TestApp;
const cookies = {} as Record<string, string>;
let projectId: string;
let otherProjectId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { organization, offices } = await buildOrganization(t.deps);
  await seedYemenPlaces(t.deps, organization.id);
  for (const role of ['me_officer', 'viewer', 'feedback_operator', 'admin'] as const)
    cookies[role] = await signIn(t, (await buildUser(t.deps, organization.id, { role })).email);
  // Office B is in Chad: its officer's scope does not reach Yemen.
  cookies.chad = await signIn(
    t,
    (await buildUser(t.deps, organization.id, { role: 'me_officer', officeIds: [offices[1]!.id] }))
      .email,
  );
  projectId = (await buildProject(t.deps, organization.id, 'YEM', 'YEM-PROT-1')).id;
  const other = await buildOrganization(t.deps);
  await seedYemenPlaces(t.deps, other.organization.id);
  otherProjectId = (await buildProject(t.deps, other.organization.id)).id;
  cookies.other = await signIn(
    t,
    (await buildUser(t.deps, other.organization.id, { role: 'me_officer' })).email,
  );
});
afterAll(() => t.close());

const grid = (counts: Record<string, number>) =>
  Object.entries(counts).map(([key, count]) => {
    const [sex, ageBracket, disability] = key.split(' ');
    return { sex, ageBracket, disability, count };
  });

const BASELINE = {
  locationPcode: 'YE1209',
  referenceDate: '2024-01-01',
  source: 'Census projection 2024',
  counts: grid({
    'female 60+ disabled': 150,
    'female 60+ not_disabled': 500,
    'male 18-59 not_disabled': 4000,
    'female 0-4 unknown': 3,
  }),
};

describe('baselines', () => {
  let baselineId: string;

  it('records a baseline (201), refuses a duplicate (409), reads and lists it', async () => {
    const r = await call(t, 'POST', '/api/v1/baselines', {
      cookie: cookies.me_officer,
      body: BASELINE,
    });
    expect(r.status).toBe(201);
    const created = await r.json();
    expect(created).toMatchObject({
      country: 'YEM',
      total: 4653,
      ageBrackets: ['0-4', '5-11', '12-17', '18-59', '60+'],
    });
    baselineId = created.id;
    expect(
      (await call(t, 'POST', '/api/v1/baselines', { cookie: cookies.me_officer, body: BASELINE }))
        .status,
    ).toBe(409);
    expect(
      await (
        await call(t, 'GET', `/api/v1/baselines/${baselineId}`, {
          cookie: cookies.feedback_operator,
        })
      ).json(),
    ).toEqual(created);
    const page = await (
      await call(t, 'GET', '/api/v1/baselines?locationPcode=YE1209&pageSize=1', {
        cookie: cookies.me_officer,
      })
    ).json();
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 1, items: [{ id: baselineId }] });
  });

  it('names the bad field (400): a bracket outside the set, an unknown P-code, a negative count', async () => {
    const bad = async (body: unknown) =>
      (
        await (
          await call(t, 'POST', '/api/v1/baselines', { cookie: cookies.me_officer, body })
        ).json()
      ).error.details.fields.map((f: { path: string }) => f.path);
    expect(await bad({ ...BASELINE, counts: grid({ 'female 60-64 disabled': 3 }) })).toEqual([
      'counts.0.ageBracket',
    ]);
    expect(await bad({ ...BASELINE, locationPcode: 'YE9999' })).toEqual(['locationPcode']);
    expect(await bad({ ...BASELINE, counts: grid({ 'female 60+ disabled': -1 }) })).toEqual([
      'counts.0.count',
    ]);
  });

  it('answers 401 without a session, 403 to a viewer writing or listing, 404 out of scope', async () => {
    expect((await call(t, 'POST', '/api/v1/baselines', { body: BASELINE })).status).toBe(401);
    expect(
      (await call(t, 'POST', '/api/v1/baselines', { cookie: cookies.viewer, body: BASELINE }))
        .status,
    ).toBe(403);
    expect((await call(t, 'GET', '/api/v1/baselines', { cookie: cookies.viewer })).status).toBe(
      403,
    );
    expect(
      (await call(t, 'GET', `/api/v1/baselines/${baselineId}`, { cookie: cookies.other })).status,
    ).toBe(404);
    expect(
      (await call(t, 'GET', `/api/v1/baselines/${baselineId}`, { cookie: cookies.chad })).status,
    ).toBe(404);
    expect(
      (await call(t, 'GET', `/api/v1/baselines/${baselineId}/export`, { cookie: cookies.other }))
        .status,
    ).toBe(404);
  });

  it('exports with the HXL row, and suppresses small cells for the viewer', async () => {
    const staff = parse(
      await (
        await call(t, 'GET', `/api/v1/baselines/${baselineId}/export?format=csv`, {
          cookie: cookies.me_officer,
        })
      ).text(),
      { bom: true },
    ) as string[][];
    const [header, hxl, row] = staff;
    expect(hxl!.slice(0, 3)).toEqual(['#country+code', '#adm1+code', '#adm2+code']);
    const column = hxl!.indexOf('#population+f+elderly+age60plus+disabled');
    const infants = hxl!.indexOf('#population+f+infants+age0_4+unknown_disability');
    expect(header![column]).toBe('female 60+ disabled');
    expect([row![1], row![2], row![column], row![infants]]).toEqual(['YE12', 'YE1209', '150', '3']);
    const viewer = parse(
      await (
        await call(t, 'GET', `/api/v1/baselines/${baselineId}/export?format=csv`, {
          cookie: cookies.viewer,
        })
      ).text(),
      { bom: true },
    ) as string[][];
    // One row: the 3 is hidden, and so is the smallest other cell, or the row total would reveal it.
    expect(viewer[2]![infants]).toBe('');
    expect(viewer[2]![column]).toBe('');
    expect(viewer[2]![hxl!.indexOf('#population+m+adults+age18_59+not_disabled')]).toBe('4000');
  });

  it('imports baselines from a file, one per place, all or none', async () => {
    const file = `admin2Pcode,sex,age_bracket,disability,count\nYE1211,female,60+,disabled,80\nYE1211,male,60+,disabled,70\nYE1201,female,60+,disabled,10\n`;
    const send = (content: string, dryRun: string) => {
      const form = new FormData();
      form.append('file', new File([content], 'baseline.csv'));
      form.append('source', 'Household survey 2024');
      form.append('referenceDate', '2024-02-01');
      form.append('dryRun', dryRun);
      return t.app.request(`${TEST_ORIGIN}/api/v1/baselines/imports`, {
        method: 'POST',
        headers: { cookie: cookies.me_officer!, origin: TEST_ORIGIN },
        body: form,
      });
    };
    expect(await (await send(file, 'true')).json()).toMatchObject({
      rows: 3,
      baselines: 2,
      dryRun: true,
      ids: [],
    });
    const bad = await send(`${file}YE1201,male,60+,disabled,-4\n`, 'false');
    expect((await bad.json()).error.details.rows).toEqual([
      { line: 5, field: 'count', code: 'negative' },
    ]);
    const done = await (await send(file, 'false')).json();
    expect(done.ids).toHaveLength(2);
  });
});

describe('reach figures', () => {
  const ENTRY = () => ({
    projectId,
    locationPcode: 'YE1209',
    periodStart: '2024-03-01',
    periodEnd: '2024-03-31',
    counts: grid({
      'female 60+ disabled': 2,
      'female 60+ not_disabled': 40,
      'male 18-59 not_disabled': 300,
      'male 60+ not_disabled': 35,
    }),
  });

  it('records cells by form (201) and lists them for staff, paginated', async () => {
    const r = await call(t, 'POST', '/api/v1/reach', { cookie: cookies.me_officer, body: ENTRY() });
    expect(r.status).toBe(201);
    expect(await r.json()).toMatchObject({ cells: 4 });
    const page = await (
      await call(t, 'GET', `/api/v1/reach?projectId=${projectId}&pageSize=2&page=2&sort=-count`, {
        cookie: cookies.feedback_operator,
      })
    ).json();
    expect(page).toMatchObject({
      total: 4,
      page: 2,
      items: [{ count: 35, projectCode: 'YEM-PROT-1' }, { count: 2 }],
    });
  });

  it('answers 400 naming the field, 401, 403 and 404', async () => {
    const r = await call(t, 'POST', '/api/v1/reach', {
      cookie: cookies.me_officer,
      body: { ...ENTRY(), periodEnd: '2024-02-01' },
    });
    expect((await r.json()).error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'periodEnd',
    ]);
    expect((await call(t, 'POST', '/api/v1/reach', { body: ENTRY() })).status).toBe(401);
    expect(
      (await call(t, 'POST', '/api/v1/reach', { cookie: cookies.viewer, body: ENTRY() })).status,
    ).toBe(403);
    expect((await call(t, 'GET', '/api/v1/reach', { cookie: cookies.viewer })).status).toBe(403);
    expect(
      (
        await call(t, 'POST', '/api/v1/reach', {
          cookie: cookies.me_officer,
          body: { ...ENTRY(), projectId: otherProjectId },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(t, 'POST', '/api/v1/reach', { cookie: cookies.chad, body: ENTRY() })).status,
    ).toBe(404);
    expect(
      (
        await call(t, 'GET', `/api/v1/reach?projectId=${otherProjectId}`, {
          cookie: cookies.me_officer,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(t, 'GET', '/api/v1/reach/imports/0b9d6c1e-8a52-4c3e-9f0e-2f3b7d1a9c44', {
          cookie: cookies.me_officer,
        })
      ).status,
    ).toBe(404);
  });

  it('exports XLSX with HXL tags for staff, and CSV with small cells suppressed for the viewer; audited', async () => {
    const xlsx = await call(t, 'GET', `/api/v1/reach/export?format=xlsx&projectId=${projectId}`, {
      cookie: cookies.me_officer,
    });
    expect(xlsx.headers.get('content-disposition')).toMatch(
      /attachment; filename="reach-.*\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const hxl = (sheet.getRow(2).values as string[]).slice(1);
    expect(hxl.slice(0, 7)).toEqual([
      '#activity+code',
      '#country+code',
      '#adm1+code',
      '#adm2+code',
      '#adm3+code',
      '#date+start',
      '#date+end',
    ]);
    const women = hxl.indexOf('#reached+f+elderly+age60plus+disabled') + 1;
    expect(sheet.getRow(3).getCell(women).value).toBe(2);
    const csv = parse(
      await (
        await call(t, 'GET', '/api/v1/reach/export?format=csv', { cookie: cookies.viewer })
      ).text(),
      { bom: true },
    ) as string[][];
    expect(csv[1]![0]).toBe('#country+code');
    const column = csv[1]!.indexOf('#reached+f+elderly+age60plus+disabled');
    expect(csv[2]![column]).toBe('');
    expect(csv[2]![csv[1]!.indexOf('#reached+m+adults+age18_59+not_disabled')]).toBe('300');
    const audits = (await t.database.db.execute(
      sql`select details->>'published' as published from audit_log where action = 'reach.export' order by id`,
    )) as unknown as { rows: { published: string }[] };
    expect(audits.rows.map((a) => a.published)).toEqual(['false', 'true']);
  });

  it('re-imports its own export unchanged (HXL round trip)', async () => {
    const body = await (
      await call(t, 'GET', `/api/v1/reach/export?format=csv&projectId=${projectId}`, {
        cookie: cookies.me_officer,
      })
    ).arrayBuffer();
    const form = new FormData();
    form.append('file', new File([body], 'reach.csv'));
    form.append('projectId', projectId);
    form.append('dryRun', 'true');
    const r = await t.app.request(`${TEST_ORIGIN}/api/v1/reach/imports`, {
      method: 'POST',
      headers: { cookie: cookies.me_officer!, origin: TEST_ORIGIN },
      body: form,
    });
    expect(await r.json()).toMatchObject({
      dryRun: true,
      rowsRead: 1,
      cells: 60,
      ignoredColumns: ['#reached+total'],
    });
  });

  it('merges a second entry of the same place and period: given cells replaced, others kept', async () => {
    const april = { periodStart: '2024-04-01', periodEnd: '2024-04-30' };
    const enter = (counts: Record<string, number>) =>
      call(t, 'POST', '/api/v1/reach', {
        cookie: cookies.me_officer,
        body: { ...ENTRY(), ...april, counts: grid(counts) },
      });
    expect((await enter({ 'female 60+ disabled': 2, 'male 60+ not_disabled': 35 })).status).toBe(
      201,
    );
    expect((await enter({ 'female 60+ disabled': 3, 'other 18-59 unknown': 1 })).status).toBe(201);
    const page = await (
      await call(t, 'GET', `/api/v1/reach?projectId=${projectId}&from=2024-04-01&sort=-count`, {
        cookie: cookies.me_officer,
      })
    ).json();
    expect(page.items.map((c: { count: number }) => c.count)).toEqual([35, 3, 1]);
  });
});
