import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, TEST_ORIGIN, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operator: string;
let manager: string;

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  operator = await signIn(
    t,
    (await buildUser(t.deps, organization.id, { role: 'feedback_operator' })).email,
  );
  manager = await signIn(
    t,
    (await buildUser(t.deps, organization.id, { role: 'project_manager' })).email,
  );
});
afterAll(() => t.close());

const upload = (content: string | Uint8Array, name: string, dryRun = false, cookie = operator) => {
  const form = new FormData();
  form.append(
    'file',
    new File([typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>)], name),
  );
  return t.app.request(`${TEST_ORIGIN}/api/v1/feedback/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { cookie, origin: TEST_ORIGIN },
    body: form,
  });
};
const caseCount = async () =>
  (
    (await t.database.db.execute(
      sql`select count(*)::int as n from feedback_cases`,
    )) as unknown as { rows: { n: number }[] }
  ).rows[0]!.n;

const GOOD = `"start";"grp_respondent/resp_sex";"grp_respondent/resp_age";"message";"channel";"consent";"phone"
"";"#sex";"#age";"#description";"";"";""
"2026-11-01";"female";"34";"The latrines in block B have no locks";"suggestion_box";"yes";"+249900000010"
"2026-11-02";"male";"61";"Thank you for the blankets";"in_person";"no";""
`;

describe('feedback log import', () => {
  it('validates a dry run without writing, then imports every row once, even when retried', async () => {
    const before = await caseCount();
    const dry = await upload(GOOD, 'log.csv', true);
    expect(await dry.json()).toEqual({ rows: 2, created: 0, alreadyImported: 0, dryRun: true });
    expect(await caseCount()).toBe(before);
    expect(await (await upload(GOOD, 'log.csv')).json()).toMatchObject({ rows: 2, created: 2 });
    expect(await (await upload(GOOD, 'log.csv')).json()).toMatchObject({
      rows: 2,
      created: 0,
      alreadyImported: 2,
    });
    expect(await caseCount()).toBe(before + 2);
  });

  it('reports bad rows by line and field and imports nothing', async () => {
    const before = await caseCount();
    const bad = `message,channel,age\nFine message,hotline,30\n,hotline,30\nAnother,pigeon,200\n`;
    const r = await upload(bad, 'bad.csv');
    expect(r.status).toBe(400);
    const { error } = await r.json();
    expect(error.details.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'narrative' }),
        expect.objectContaining({ line: 4, field: 'channel' }),
        expect.objectContaining({ line: 4, field: 'submitter.age' }),
      ]),
    );
    expect(await caseCount()).toBe(before);
  });

  it('reads XLSX, and refuses a file without a message column, the wrong role, no session', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('log');
    sheet.addRow(['Message', 'Channel']);
    sheet.addRow(['Water trucking is late again', 'hotline']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await (await upload(xlsx, 'log.xlsx')).json()).toMatchObject({ rows: 1, created: 1 });
    expect((await upload('name,phone\nx,1\n', 'x.csv')).status).toBe(400);
    expect((await upload(GOOD, 'log.csv', false, manager)).status).toBe(403);
    expect((await call(t, 'POST', '/api/v1/feedback/import', { body: {} })).status).toBe(401);
  });
});
