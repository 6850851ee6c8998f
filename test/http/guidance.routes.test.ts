import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/server/db/database.js';
import {
  buildCapacityWorld,
  post,
  type CapacityWorld,
  type Who,
} from '../support/capacity-factories.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let w: CapacityWorld;
const as = (who: Who) => w.cookies[who];
const search = async (query: string, who: Who = 'viewer', lang = 'en') =>
  (await call(t, 'GET', `/api/v1/guidance${query}`, { cookie: as(who), lang })).json();

beforeAll(async () => {
  t = await createTestApp();
  w = await buildCapacityWorld(t);
});
afterAll(() => t.close());

const ownEntry = {
  area: 'counter_trafficking',
  texts: {
    fr: {
      title: 'Fiche réflexe : traite des êtres humains',
      description: 'Qui appeler et quoi faire.',
    },
  },
  languages: ['fr'],
  publisher: 'Bureau pays',
  year: 2026,
  url: null,
};

describe('the guidance library', () => {
  it('ships the key reference documents in four languages, with links only to publishers', async () => {
    const all = await search('');
    expect(all.total).toBeGreaterThanOrEqual(15);
    const disability = all.items.find(
      (e: { contentCode: string }) => e.contentCode === 'iasc_disability_guidelines_2019',
    );
    expect(disability).toMatchObject({
      area: 'disability_inclusion',
      year: 2019,
      url: 'https://interagencystandingcommittee.org',
    });
    for (const e of all.items) if (e.url) expect(new URL(e.url).pathname).toBe('/');
    const arabic = await search('', 'viewer', 'ar');
    expect(arabic.items[0].textLanguage).toBe('ar');
  });

  it('finds entries in Arabic, French and Spanish whatever the accents, hamza or case', async () => {
    const ar = await search(`?q=${encodeURIComponent('ذوى الاعاقه')}`, 'viewer', 'ar');
    expect(ar.items.map((e: { contentCode: string }) => e.contentCode)).toContain(
      'iasc_disability_guidelines_2019',
    );
    const fr = await search(`?q=${encodeURIComponent('PROTECTION DE L’ENFANCE')}`);
    expect(fr.items.map((e: { contentCode: string }) => e.contentCode)).toContain('cpms_2019');
    const es = await search(`?q=${encodeURIComponent('ninez')}&area=child_protection`);
    expect(es.items.map((e: { contentCode: string }) => e.contentCode)).toEqual(['cpms_2019']);
    expect((await search('?q=zzzzqqq')).items).toEqual([]);
    expect((await search('?area=unknown_area')).error.details.fields[0].path).toBe('area');
  });

  it('links the glossary terms an entry mentions', async () => {
    const gbv = (await search('?area=gbv')).items[0];
    expect(gbv.glossary.map((g: { code: string }) => g.code)).toContain('gbv');
  });

  it('adds the organisation’s own entries and lets them be found; others never see them', async () => {
    const added = await post(t, '/api/v1/guidance', as('protection_officer'), ownEntry);
    expect(added.status).toBe(201);
    expect((await search('?q=traite%20etres')).items.map((e: { id: string }) => e.id)).toContain(
      added.body.id,
    );
    expect((await search('?q=traite%20etres', 'other')).items).toEqual([]);
    const edit = await call(t, 'PUT', `/api/v1/guidance/${added.body.id}`, {
      cookie: as('protection_officer'),
      body: { ...ownEntry, publisher: 'Bureau pays (Tchad)', version: 1 },
    });
    expect((await edit.json()).version).toBe(2);
    const foreign = await call(t, 'PUT', `/api/v1/guidance/${added.body.id}`, {
      cookie: as('other'),
      body: { ...ownEntry, version: 2 },
    });
    expect(foreign.status).toBe(404);
  });

  it('edits a shipped entry for the organisation only; a stale first edit is a conflict', async () => {
    const body = {
      area: 'gbv',
      texts: { en: { title: 'IASC GBV Guidelines', description: 'Local note.' } },
      languages: ['en', 'fr'],
      publisher: 'IASC',
      year: 2015,
      url: 'https://gbvguidelines.org',
    };
    const first = await call(t, 'PUT', '/api/v1/guidance/content/iasc_gbv_guidelines_2015', {
      cookie: as('protection_officer'),
      body: { ...body, version: 0 },
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      isEdited: true,
      version: 1,
      description: 'Local note.',
    });
    const again = await call(t, 'PUT', '/api/v1/guidance/content/iasc_gbv_guidelines_2015', {
      cookie: as('protection_officer'),
      body: { ...body, version: 0 },
    });
    expect(again.status).toBe(409);
    const shown = (await search('?area=gbv')).items.filter(
      (e: { contentCode: string }) => e.contentCode === 'iasc_gbv_guidelines_2015',
    );
    expect(shown).toHaveLength(1);
    expect(shown[0].description).toBe('Local note.');
    const elsewhere = (await search('?area=gbv', 'other')).items[0];
    expect(elsewhere.isEdited).toBe(false);
  });

  it('refuses links that are not web addresses, and empty texts, naming the field', async () => {
    const bad = await post(t, '/api/v1/guidance', as('protection_officer'), {
      ...ownEntry,
      url: 'javascript:alert(1)',
      texts: {},
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['url', 'texts']));
  });

  it.each<[Who | null, number]>([
    [null, 401],
    ['viewer', 403],
    ['project_manager', 403],
  ])('answers %s with %i on writes', async (who, status) => {
    const options = who ? { cookie: as(who) } : {};
    expect((await call(t, 'POST', '/api/v1/guidance', { ...options, body: ownEntry })).status).toBe(
      status,
    );
    const put = await call(t, 'PUT', '/api/v1/guidance/content/cpms_2019', {
      ...options,
      body: { ...ownEntry, version: 0 },
    });
    expect(put.status).toBe(status);
    const putOwn = await call(t, 'PUT', `/api/v1/guidance/${w.projects.sdn.id}`, {
      ...options,
      body: { ...ownEntry, version: 1 },
    });
    expect(putOwn.status).toBe(status);
  });

  it('needs a signed-in caller to search', async () => {
    expect((await call(t, 'GET', '/api/v1/guidance')).status).toBe(401);
  });
});

describe('focal points', () => {
  const point = (overrides: Record<string, unknown> = {}) => ({
    officeId: w.offices.sdn.id,
    area: 'psea',
    name: 'Amal Hassan',
    role: 'PSEA focal point',
    phone: '+249 912 345 678',
    email: 'psea.sdn@example.org',
    ...overrides,
  });

  it('names who to call per area and country; contact details never enter the audit', async () => {
    const added = await post(t, '/api/v1/focal-points', as('protection_officer'), point());
    expect(added.status).toBe(201);
    await post(
      t,
      '/api/v1/focal-points',
      as('admin'),
      point({ officeId: w.offices.tcd.id, area: 'gbv', name: 'Idriss Mahamat', email: null }),
    );
    const sdn = await (
      await call(t, 'GET', '/api/v1/focal-points?country=SDN', { cookie: as('me_officer') })
    ).json();
    expect(sdn.items).toEqual([
      expect.objectContaining({
        name: 'Amal Hassan',
        area: 'psea',
        office: expect.objectContaining({ country: 'SDN' }),
      }),
    ]);
    const rows = await selectRows<{ details: unknown }>(
      t.database.db,
      sql`select details from audit_log where action like 'focalPoints.%' and organization_id = ${w.organizationId}`,
    );
    // The whole phone number, not a fragment a random UUID can contain.
    expect(JSON.stringify(rows)).not.toMatch(/Amal|\+249 912 345 678|psea\.sdn/);
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps an office-scoped officer within their countries', async () => {
    const tcd = await (
      await call(t, 'GET', '/api/v1/focal-points', { cookie: as('tcdOfficer') })
    ).json();
    expect(tcd.items.map((f: { office: { country: string } }) => f.office.country)).toEqual([
      'TCD',
    ]);
    const outside = await post(
      t,
      '/api/v1/focal-points',
      as('tcdOfficer'),
      point({ area: 'mhpss' }),
    );
    expect(outside.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'officeId', code: 'unknown_office' }),
    ]);
    const foreign = await post(
      t,
      '/api/v1/focal-points',
      as('protection_officer'),
      point({ officeId: w.offices.foreign.id }),
    );
    expect(foreign.status).toBe(400);
  });

  it('refuses a second focal point for the same office and area, and a point without any contact', async () => {
    const twice = await post(
      t,
      '/api/v1/focal-points',
      as('protection_officer'),
      point({ name: 'Someone else' }),
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'area', code: 'taken' }),
    ]);
    const bare = await post(
      t,
      '/api/v1/focal-points',
      as('protection_officer'),
      point({ area: 'mhpss', phone: null, email: null }),
    );
    expect(bare.status).toBe(400);
    expect(bare.body.error.details.fields[0].path).toBe('phone');
    const badPhone = await post(
      t,
      '/api/v1/focal-points',
      as('protection_officer'),
      point({ area: 'mhpss', phone: '<script>' }),
    );
    expect(badPhone.body.error.details.fields[0].path).toBe('phone');
  });

  it('changes a focal point with the version read, then removes it', async () => {
    const added = await post(
      t,
      '/api/v1/focal-points',
      as('protection_officer'),
      point({ area: 'evacuations' }),
    );
    const body = { ...point({ area: 'evacuations', name: 'New person' }), version: 1 };
    const edited = await call(t, 'PUT', `/api/v1/focal-points/${added.body.id}`, {
      cookie: as('protection_officer'),
      body,
    });
    expect(edited.status).toBe(200);
    const stale = await call(t, 'PUT', `/api/v1/focal-points/${added.body.id}`, {
      cookie: as('protection_officer'),
      body,
    });
    expect(stale.status).toBe(409);
    expect(
      (await call(t, 'DELETE', `/api/v1/focal-points/${added.body.id}`, { cookie: as('other') }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(t, 'DELETE', `/api/v1/focal-points/${added.body.id}`, {
          cookie: as('protection_officer'),
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await call(t, 'DELETE', `/api/v1/focal-points/${added.body.id}`, {
          cookie: as('protection_officer'),
        })
      ).status,
    ).toBe(404);
  });

  it.each<[Who | null, number]>([
    [null, 401],
    ['viewer', 403],
    ['project_manager', 403],
  ])('answers %s with %i', async (who, status) => {
    const options = who ? { cookie: as(who) } : {};
    const id = w.projects.sdn.id;
    expect(
      (
        await call(t, 'POST', '/api/v1/focal-points', {
          ...options,
          body: point({ area: 'protection' }),
        })
      ).status,
    ).toBe(status);
    expect(
      (
        await call(t, 'PUT', `/api/v1/focal-points/${id}`, {
          ...options,
          body: { ...point(), version: 1 },
        })
      ).status,
    ).toBe(status);
    expect((await call(t, 'DELETE', `/api/v1/focal-points/${id}`, options)).status).toBe(status);
    if (who !== 'project_manager')
      expect((await call(t, 'GET', '/api/v1/focal-points', options)).status).toBe(status);
  });
});
