import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import {
  call,
  createTestApp,
  signIn,
  systemContext,
  TEST_ORIGIN,
  type TestApp,
} from '../support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let token: string;

const SUDAN = `admin0Pcode,admin0Name_en,admin1Pcode,admin1Name_en,admin1Name_fr,admin1Name_ar,admin2Pcode,admin2Name_en
SD,Sudan,SD01,Khartoum,Khartoum,الخرطوم,SD0101,Omdurman
SD,Sudan,SD01,Khartoum,Khartoum,الخرطوم,SD0102,Bahri
SD,Sudan,SD02,North Darfur,Darfour-Nord,شمال دارفور,SD0201,El Fasher
`;

const fixture = (name: string) => new Uint8Array(fs.readFileSync(`test/fixtures/formats/${name}`));

const upload = (
  content: string | Uint8Array,
  name: string,
  options: { dryRun?: boolean; cookie?: string; lang?: string } = {},
) => {
  const form = new FormData();
  form.append(
    'file',
    new File([typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>)], name),
  );
  const headers: Record<string, string> = { origin: TEST_ORIGIN };
  if (options.cookie !== '') headers.cookie = options.cookie ?? cookies.me_officer!;
  if (options.lang) headers['accept-language'] = options.lang;
  return t.app.request(`${TEST_ORIGIN}/api/v1/locations/import?dryRun=${options.dryRun ?? false}`, {
    method: 'POST',
    headers,
    body: form,
  });
};

beforeAll(async () => {
  t = await createTestApp();
  const { organization, offices } = await buildOrganization(t.deps);
  for (const role of ['me_officer', 'viewer', 'feedback_operator', 'admin'] as const)
    cookies[role] = await signIn(t, (await buildUser(t.deps, organization.id, { role })).email);
  cookies.chadOfficer = await signIn(
    t,
    (
      await buildUser(t.deps, organization.id, {
        role: 'protection_officer',
        officeIds: [offices[1]!.id],
      })
    ).email,
  );
  const other = await buildOrganization(t.deps);
  cookies.other = await signIn(
    t,
    (await buildUser(t.deps, other.organization.id, { role: 'me_officer' })).email,
  );
  token = (
    await createToken(systemContext(t.deps, organization.id), {
      name: 'Dashboard',
      role: 'viewer',
    })
  ).token;
  expect((await upload(SUDAN, 'sudan.csv')).status).toBe(200);
  expect((await upload(fixture('cod-ab-sample.csv'), 'yemen.csv')).status).toBe(200);
});
afterAll(() => t.close());

describe('POST /api/v1/locations/import', () => {
  it('validates a dry run, then imports; the v2 layout too', async () => {
    const dry = await upload(fixture('cod-ab-v2-caf-adm2.csv'), 'caf.csv', { dryRun: true });
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dryRun: true, created: 90, countries: ['CAF'] });
    const before = await call(t, 'GET', '/api/v1/locations?country=CAF', {
      cookie: cookies.viewer,
    });
    expect((await before.json()).total).toBe(0);
    const real = await upload(fixture('cod-ab-v2-caf-adm2.csv'), 'caf.csv', { dryRun: false });
    expect(await real.json()).toMatchObject({ dryRun: false, created: 90, locations: 90 });
  });

  it('answers 400 with problems by line and column in the caller’s language, and 400 without a file', async () => {
    const r = await upload(fixture('cod-ab-lossy-encoding-sample.csv'), 'lossy.csv', {
      lang: 'fr',
    });
    expect(r.status).toBe(400);
    const { error } = await r.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/rien n’a été importé/);
    expect(error.details.problems[0]).toMatchObject({
      line: 2,
      column: 'admin0Name_ar',
      code: 'lost_encoding',
      lines: 15,
      message: expect.stringMatching(/encodage/),
    });
    const form = new FormData();
    const empty = await t.app.request(`${TEST_ORIGIN}/api/v1/locations/import`, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, cookie: cookies.me_officer! },
      body: form,
    });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.details.fields[0].path).toBe('file');
  });

  it('answers 401 signed out and 403 for roles that do not load data', async () => {
    expect((await upload(SUDAN, 'sudan.csv', { cookie: '' })).status).toBe(401);
    expect((await upload(SUDAN, 'sudan.csv', { cookie: cookies.viewer })).status).toBe(403);
    expect((await upload(SUDAN, 'sudan.csv', { cookie: cookies.feedback_operator })).status).toBe(
      403,
    );
    expect((await upload(SUDAN, 'sudan.csv', { cookie: cookies.admin })).status).toBe(200);
  });

  it('refuses an office-scoped user places of a country outside their offices', async () => {
    const r = await upload(SUDAN, 'sudan.csv', { cookie: cookies.chadOfficer });
    expect(r.status).toBe(400);
    expect((await r.json()).error.details.problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'admin0Pcode',
        code: 'outside_scope',
        value: 'SDN',
      }),
    ]);
  });
});

describe('GET /api/v1/locations', () => {
  const list = async (query: string, cookie = cookies.viewer) => {
    const r = await call(t, 'GET', `/api/v1/locations?${query}`, { cookie });
    expect(r.status).toBe(200);
    return (await r.json()) as {
      items: { pcode: string; names: Record<string, string>; childrenCount: number }[];
      total: number;
    };
  };

  it('filters by level, parent and country, with children counts and pagination', async () => {
    const admin1 = await list('country=SDN&level=1');
    expect(admin1.items.map((i) => [i.pcode, i.childrenCount])).toEqual([
      ['SD01', 2],
      ['SD02', 1],
    ]);
    const page = await list('parent=YE15&pageSize=5&page=2');
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(10);
    expect(page.items[0]!.pcode).toBe('YE1506');
  });

  it('searches names in any language and P-codes, ignoring case and accents', async () => {
    expect((await list('q=DARFOUR')).items.map((i) => i.pcode)).toEqual(['SD02']);
    expect((await list('q=satema')).items.map((i) => i.pcode)).toEqual(['CF616']);
    expect((await list('q=الخرطوم')).items.map((i) => i.pcode)).toEqual(['SD01']);
    expect((await list('q=sd010')).items.map((i) => i.pcode)).toEqual(['SD0101', 'SD0102']);
    expect((await list('q=100%25')).total).toBe(0);
  });

  it('sorts by name in the caller’s language', async () => {
    const r = await call(t, 'GET', '/api/v1/locations?country=SDN&level=1&sort=name', {
      cookie: cookies.viewer,
      lang: 'fr',
    });
    expect((await r.json()).items.map((i: { pcode: string }) => i.pcode)).toEqual(['SD02', 'SD01']);
  });

  it('answers API tokens, 400 for a bad filter, 401 signed out', async () => {
    const r = await call(t, 'GET', '/api/v1/locations?level=1&country=YEM', { bearer: token });
    expect((await r.json()).total).toBe(22 - 10);
    const bad = await call(t, 'GET', '/api/v1/locations?level=9', { cookie: cookies.viewer });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields[0].path).toBe('level');
    expect((await call(t, 'GET', '/api/v1/locations')).status).toBe(401);
  });

  it('shows an office-scoped user only the places of their countries, another organisation none', async () => {
    expect((await list('', cookies.chadOfficer)).total).toBe(0);
    expect((await list('', cookies.other)).total).toBe(0);
  });
});

describe('GET /api/v1/locations/{pcode}', () => {
  it('answers the place with its breadcrumb and children count', async () => {
    const r = await call(t, 'GET', '/api/v1/locations/SD0201', { cookie: cookies.viewer });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({
      pcode: 'SD0201',
      level: 2,
      country: 'SDN',
      childrenCount: 0,
      ancestors: [
        { pcode: 'SD', level: 0, names: { en: 'Sudan' } },
        { pcode: 'SD02', level: 1, names: { en: 'North Darfur', fr: 'Darfour-Nord' } },
      ],
    });
  });

  it('answers 404 for an unknown, out-of-scope or foreign place; 400 for a malformed P-code; 401', async () => {
    const get = (pcode: string, cookie?: string) =>
      call(t, 'GET', `/api/v1/locations/${pcode}`, { cookie });
    expect((await get('SD99', cookies.viewer)).status).toBe(404);
    expect((await get('SD01', cookies.chadOfficer)).status).toBe(404);
    expect((await get('SD01', cookies.other)).status).toBe(404);
    const bad = await get('sd-01', cookies.viewer);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields[0].path).toBe('pcode');
    expect((await get('SD01')).status).toBe(401);
  });
});
