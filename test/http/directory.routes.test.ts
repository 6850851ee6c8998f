import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { selectRows } from '../../src/server/db/database.js';
import {
  buildServicesWorld,
  hsdsForm,
  serviceEntry,
  type ServicesWho,
} from '../support/services-factories.js';
import { call, createTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildServicesWorld>>;
const as = (who: ServicesWho) => world.cookies[who];
const get = (path: string, who: ServicesWho = 'protection_officer', lang?: string) =>
  call(t, 'GET', path, { cookie: as(who), ...(lang ? { lang } : {}) });
const names = async (response: Response) =>
  ((await response.json()).items as { name: string }[]).map((s) => s.name).sort();

beforeAll(async () => {
  t = await createTestApp();
  world = await buildServicesWorld(t);
});
afterAll(() => t.close());

function upload(form: FormData, who: ServicesWho = 'protection_officer', lang = 'en') {
  return t.app.request(`${TEST_ORIGIN}/api/v1/directory/imports`, {
    method: 'POST',
    headers: { cookie: as(who), origin: TEST_ORIGIN, 'accept-language': lang },
    body: form,
  });
}

describe('recording services', () => {
  it('adds a service in the country of its places and audits it by ids and codes', async () => {
    const response = await call(t, 'POST', '/api/v1/directory/services', {
      cookie: as('protection_officer'),
      body: serviceEntry({ name: 'Legal aid desk', type: 'legal_aid', locationPcodes: ['SD02'] }),
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ country: 'SDN', type: 'legal_aid', stale: false, version: 1 });
    expect(body.places).toEqual([{ pcode: 'SD02', name: 'Place SD02', level: 1 }]);
    const [audit] = await selectRows<{ details: unknown }>(
      t.database.db,
      sql`select details from audit_log where action = 'directory.create' and target_id = ${body.id}`,
    );
    expect(audit?.details).toEqual({ type: 'legal_aid', country: 'SDN' });
  });

  it('refuses an inverted age range, an unknown P-code and two countries, naming the fields', async () => {
    const bad = await call(t, 'POST', '/api/v1/directory/services', {
      cookie: as('protection_officer'),
      body: serviceEntry({ minimumAge: 18, maximumAge: 12 }),
      lang: 'es',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'maximumAge' }),
    ]);
    const places = await call(t, 'POST', '/api/v1/directory/services', {
      cookie: as('protection_officer'),
      body: serviceEntry({ locationPcodes: ['SD01', 'TD01', 'SD9999'] }),
    });
    expect(places.status).toBe(400);
    expect((await places.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'locationPcodes.2', code: 'unknown_pcode' }),
    ]);
    const two = await call(t, 'POST', '/api/v1/directory/services', {
      cookie: as('protection_officer'),
      body: serviceEntry({ locationPcodes: ['SD01', 'TD01'] }),
    });
    expect((await two.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'locationPcodes.1', code: 'other_country' }),
    ]);
  });

  it('revises with the version read, and answers 409 with the current one when stale', async () => {
    const id = world.services.health.id;
    const body = {
      ...serviceEntry({
        type: 'health',
        name: 'Clinic (verified)',
        locationPcodes: ['SD0102'],
        cost: 'fee',
        costDescription: 'SDG 500 per consultation',
        accessibility: [],
        languages: ['ar'],
      }),
      version: 1,
    };
    const first = await call(t, 'PUT', `/api/v1/directory/services/${id}`, {
      cookie: as('project_manager'),
      body,
    });
    expect(first.status).toBe(200);
    expect((await first.json()).version).toBe(2);
    const stale = await call(t, 'PUT', `/api/v1/directory/services/${id}`, {
      cookie: as('project_manager'),
      body,
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.name).toBe('Clinic (verified)');
  });

  it('is 401 anonymous, 403 for roles that do not edit it, 404 outside the country scope', async () => {
    expect(
      (await call(t, 'POST', '/api/v1/directory/services', { body: serviceEntry() })).status,
    ).toBe(401);
    for (const who of ['viewer', 'feedback_operator', 'me_officer'] as const)
      expect(
        (
          await call(t, 'POST', '/api/v1/directory/services', {
            cookie: as(who),
            body: serviceEntry(),
          })
        ).status,
      ).toBe(403);
    expect(
      (await get(`/api/v1/directory/services/${world.services.gbv.id}`, 'tcdOfficer')).status,
    ).toBe(404);
    expect((await get(`/api/v1/directory/services/${world.services.gbv.id}`, 'other')).status).toBe(
      404,
    );
    expect(
      (await get(`/api/v1/directory/services/${world.services.chad.id}`, 'tcdOfficer')).status,
    ).toBe(200);
  });
});

describe('searching the directory', () => {
  it('finds a service serving admin1 when searching one of its admin2 places, not a sibling’s', async () => {
    expect(await names(await get('/api/v1/directory/services?place=SD0101&type=gbv'))).toEqual([
      'Closed space',
      'Women and girls safe space',
    ]);
    expect(await names(await get('/api/v1/directory/services?place=SD0101&type=health'))).toEqual(
      [],
    );
    expect(await names(await get('/api/v1/directory/services?place=SD0102&type=health'))).toEqual([
      'Clinic (verified)',
    ]);
  });

  it('filters by language, accessibility, cost, status and staleness, and pages', async () => {
    expect(
      await names(
        await get('/api/v1/directory/services?accessibility=wheelchair&status=active&language=en'),
      ),
    ).toEqual(['Chad safe space', 'Legal aid desk', 'Women and girls safe space']);
    expect(await names(await get('/api/v1/directory/services?free=false'))).toEqual([
      'Clinic (verified)',
    ]);
    expect(await names(await get('/api/v1/directory/services?stale=true'))).toEqual([
      'Chad safe space',
    ]);
    const paged = await (await get('/api/v1/directory/services?pageSize=1&sort=-name')).json();
    expect(paged).toMatchObject({ total: 5, page: 1, pageSize: 1 });
    expect(paged.items[0].name).toBe('Women and girls safe space');
    const viewer = await get('/api/v1/directory/services?q=safe', 'viewer');
    expect(await names(viewer)).toEqual(['Chad safe space', 'Women and girls safe space']);
  });

  it('keeps an office-scoped officer to their countries', async () => {
    expect(await names(await get('/api/v1/directory/services', 'tcdOfficer'))).toEqual([
      'Chad safe space',
    ]);
  });

  it('refuses an unknown filter value naming it', async () => {
    const response = await get('/api/v1/directory/services?type=spa');
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.fields[0].path).toBe('type');
  });
});

describe('referral pathway', () => {
  it('lists the active services of the type serving the place, with place names in Spanish', async () => {
    const response = await get('/api/v1/directory/pathway?place=SD0101&type=gbv&lang=es');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.place).toEqual({ pcode: 'SD0101', name: 'Lugar SD0101', level: 2 });
    expect(body.parents.map((p: { name: string }) => p.name)).toEqual(['Lugar SD01', 'Lugar SD']);
    expect(body.services.map((s: { name: string }) => s.name)).toEqual([
      'Women and girls safe space',
    ]);
    expect(body.services[0].places[0].name).toBe('Lugar SD01');
  });

  it('treats a place outside the caller’s countries as unknown', async () => {
    const response = await get('/api/v1/directory/pathway?place=SD0101&type=gbv', 'tcdOfficer');
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.fields[0]).toMatchObject({
      path: 'place',
      code: 'unknown_pcode',
    });
  });
});

describe('exports', () => {
  it('writes CSV with the HXL row and XLSX with the same rows', async () => {
    const csv = await get('/api/v1/directory/export?format=csv&type=gbv', 'viewer');
    expect(csv.status).toBe(200);
    const lines = (await csv.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^id,type,name,provider/);
    expect(lines[1]).toMatch(/^#service\+id,#service\+type,#service\+name,#org\+name/);
    expect(lines).toHaveLength(2 + 3);
    const xlsx = await get('/api/v1/directory/export?format=xlsx&type=gbv');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never);
    expect(workbook.worksheets[0]!.rowCount).toBe(5);
  });

  it('writes an HSDS 3.0 package that imports back unchanged', async () => {
    const response = await get('/api/v1/directory/export?format=hsds&type=health');
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipEntries(Buffer.from(await response.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'datapackage.json',
        'services.csv',
        'service_areas.csv',
        'service_at_location.csv',
      ]),
    );
    expect(JSON.parse(files['datapackage.json']!).version).toBe('3.0.0');
    expect(files['service_areas.csv']).toContain('SD0102');
    const form = new FormData();
    for (const [name, text] of Object.entries(files)) form.append('files', new File([text], name));
    const again = await upload(form);
    expect(await again.json()).toMatchObject({ version: '3.0', created: 0, updated: 1 });
    const back = await (await get(`/api/v1/directory/services/${world.services.health.id}`)).json();
    expect(back).toMatchObject({
      name: 'Clinic (verified)',
      type: 'health',
      cost: 'fee',
      languages: ['ar'],
      costDescription: 'SDG 500 per consultation',
    });
    expect(back.places.map((p: { pcode: string }) => p.pcode)).toEqual(['SD0102']);
  });
});

/** The entries of a stored-only ZIP (what the exporter writes), read by their local headers. */
function unzipEntries(zip: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    files[name] = zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size).toString('utf8');
    at += 30 + nameLength + size;
  }
  return files;
}

describe('importing HSDS packages', () => {
  it('reads the HSDS 3.0 example (CRLF, quoted commas, quoted phone, £) onto one service', async () => {
    const dry = await upload(
      hsdsForm('v3.0', { type: 'mhpss', locationPcode: 'SD0201', dryRun: 'true' }),
    );
    expect(await dry.json()).toEqual({ dryRun: true, version: '3.0', created: 1, updated: 0 });
    const response = await upload(hsdsForm('v3.0', { type: 'mhpss', locationPcode: 'SD0201' }));
    expect(await response.json()).toEqual({
      dryRun: false,
      version: '3.0',
      created: 1,
      updated: 0,
    });
    const [service] = (
      await (await get('/api/v1/directory/services?q=Community%20Counselling')).json()
    ).items;
    expect(service).toMatchObject({
      type: 'mhpss',
      name: 'Community Counselling',
      providerName: 'Example Organization Inc.',
      phone: '+44 1234 234567',
      languages: ['ur'],
      cost: 'fee',
      minimumAge: 12,
      maximumAge: 100,
      lastVerifiedOn: '2005-01-01',
      stale: true,
    });
    expect(service.costDescription).toContain('£50 per hour');
    expect(service.address).toBe('1-30 Main Street, MyVillage, MyCity, MyRegion, US');
    expect(service.hours).toContain('10 am to 6pm');
    expect(service.places).toEqual([{ pcode: 'SD0201', name: 'Place SD0201', level: 2 }]);
    const again = await upload(hsdsForm('v3.0', { type: 'mhpss', locationPcode: 'SD0201' }));
    expect(await again.json()).toMatchObject({ created: 0, updated: 1 });
  });

  it('maps the HSDS 1.1 sample onto 3.0 (plural file names, phone languages)', async () => {
    const response = await upload(
      hsdsForm('v1.1-simple', { locationPcode: 'SD02', dryRun: 'true' }),
    );
    expect(await response.json()).toEqual({
      dryRun: true,
      version: 'older',
      created: 13,
      updated: 0,
    });
  });

  it('names bad rows by table, line and column, and imports nothing', async () => {
    const before = await (await get('/api/v1/directory/services?pageSize=200')).json();
    const form = hsdsForm('v1.1-simple', { locationPcode: 'SD02' }, (name, text) =>
      name === 'services.csv'
        ? text
            .replace('neverhomeless@example.com', 'not-an-email')
            .replace(/\n([^\n]*Yound Minds)/, '\n,$1')
        : text,
    );
    const response = await upload(form, 'protection_officer', 'fr');
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.message).toMatch(/rien n’a été importé/);
    expect(error.details.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'services.2.email',
          params: { table: 'services', line: 2, column: 'email' },
        }),
        expect.objectContaining({ path: 'services.3.id', code: 'required' }),
      ]),
    );
    const after = await (await get('/api/v1/directory/services?pageSize=200')).json();
    expect(after.total).toBe(before.total);
  });

  it('takes a package over 1 MB as an upload, not as a JSON body (no 413)', async () => {
    // A real directory export runs to megabytes; its files go through the upload limit.
    const form = hsdsForm('v3.0', { type: 'mhpss', locationPcode: 'SD02', dryRun: 'true' });
    form.append('files', new File(['x'.repeat(1_500_000)], 'padding.txt'));
    const response = await upload(form);
    expect(response.status).not.toBe(413);
  });

  it('refuses a package whose services name no place without a default place', async () => {
    const response = await upload(hsdsForm('v3.0', { type: 'mhpss' }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'service_areas.2.extent', code: 'too_small' }),
    ]);
  });

  it('is 401 anonymous and 403 for viewers', async () => {
    const anonymous = await t.app.request(`${TEST_ORIGIN}/api/v1/directory/imports`, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN },
      body: hsdsForm('v3.0'),
    });
    expect(anonymous.status).toBe(401);
    expect((await upload(hsdsForm('v3.0'), 'viewer')).status).toBe(403);
  });
});
