import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/server/db/database.js';
import {
  auditEntry,
  buildSafetyWorld,
  buildSite,
  type SafetyWho,
} from '../support/safety-factories.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildSafetyWorld>>;
const as = (who: SafetyWho) => world.cookies[who];
const get = (path: string, who: SafetyWho = 'protection_officer', lang?: string) =>
  call(t, 'GET', path, { cookie: as(who), lang });
const post = (path: string, body: unknown, who: SafetyWho = 'protection_officer', lang?: string) =>
  call(t, 'POST', path, { cookie: as(who), body, lang });
const patch = (path: string, body: unknown, who: SafetyWho = 'protection_officer') =>
  call(t, 'PATCH', path, { cookie: as(who), body });

beforeAll(async () => {
  t = await createTestApp();
  world = await buildSafetyWorld(t);
});
afterAll(() => t.close());

const auditRows = (action: string, targetId: string) =>
  selectRows<{ details: Record<string, unknown> }>(
    t.database.db,
    sql`select details from audit_log where action = ${action} and target_id = ${targetId}`,
  );

describe('sites', () => {
  it('records a site at a place with a project of its country, audited with codes only', async () => {
    const site = await buildSite(t, as('protection_officer'), {
      name: 'Kalma camp',
      projectId: world.project.id,
    });
    expect(site).toMatchObject({
      name: 'Kalma camp',
      type: 'camp',
      country: 'SDN',
      place: { pcode: 'SD0101', name: 'Place SD0101' },
      project: { id: world.project.id },
      lastAuditedOn: null,
      openActions: 0,
    });
    expect((await auditRows('safety.site.create', site.id))[0]?.details).toEqual({
      type: 'camp',
      country: 'SDN',
    });
  });

  it('refuses an unknown place, a bad type and unknown fields, naming each, in French', async () => {
    const response = await post(
      '/api/v1/safety/sites',
      { name: 'X site', type: 'tent', locationPcode: 'SD0101', owner: 'me' },
      'protection_officer',
      'fr',
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    const paths = error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['type', 'owner']));
    const unknown = await post(
      '/api/v1/safety/sites',
      { name: 'Y site', type: 'camp', locationPcode: 'SD9999' },
      'protection_officer',
      'fr',
    );
    expect(unknown.status).toBe(400);
    const body = await unknown.json();
    expect(body.error.details.fields).toEqual([expect.objectContaining({ path: 'locationPcode' })]);
    expect(body.error.message).not.toMatch(/^[a-z_.]+$/);
  });

  it('refuses a second site of the same name at the same place with 409', async () => {
    await buildSite(t, as('protection_officer'), { name: 'Otash camp' });
    const again = await post('/api/v1/safety/sites', {
      name: 'otash camp',
      type: 'camp',
      locationPcode: 'SD0101',
    });
    expect(again.status).toBe(409);
  });

  it('keeps sites within an office-scoped officer’s countries (404 like missing)', async () => {
    const sudan = await buildSite(t, as('protection_officer'));
    expect((await get(`/api/v1/safety/sites/${sudan.id}`, 'tcdOfficer')).status).toBe(404);
    expect((await get(`/api/v1/safety/sites/${sudan.id}`, 'other')).status).toBe(404);
    const bad = await post(
      '/api/v1/safety/sites',
      { name: 'Abroad', type: 'camp', locationPcode: 'SD0101' },
      'tcdOfficer',
    );
    expect(bad.status).toBe(400);
    const own = await buildSite(t, as('tcdOfficer'), {
      locationPcode: 'TD01',
      type: 'transit_centre',
    });
    const list = await (await get('/api/v1/safety/sites?pageSize=200', 'tcdOfficer')).json();
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([own.id]);
  });

  it('lists sites filtered by type and name, sorted and paged', async () => {
    await buildSite(t, as('protection_officer'), {
      name: 'Zam Zam distribution',
      type: 'distribution_point',
    });
    const page = await (
      await get('/api/v1/safety/sites?type=distribution_point&q=zam&sort=-name')
    ).json();
    expect(page.items.map((s: { name: string }) => s.name)).toEqual(['Zam Zam distribution']);
    const paged = await (await get('/api/v1/safety/sites?pageSize=1&page=2')).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.total).toBeGreaterThan(2);
    expect((await get('/api/v1/safety/sites?sort=secret')).status).toBe(400);
  });
});

describe('audits and re-audits', () => {
  let siteId: string;
  let firstId: string;

  beforeAll(async () => {
    siteId = (await buildSite(t, as('protection_officer'), { name: 'Abu Shouk camp' })).id;
  });

  it('records an audit with every item answered; counts risks; audits codes only', async () => {
    const entry = await auditEntry('2026-06-01', {
      'lit-01': 'high',
      'lat-02': 'medium',
      'dis-01': null,
    });
    const response = await post(`/api/v1/safety/sites/${siteId}/audits`, entry);
    expect(response.status).toBe(201);
    const audit = await response.json();
    firstId = audit.id;
    expect(audit).toMatchObject({ siteId, date: '2026-06-01', templateNumber: 1, previous: null });
    expect(audit.counts).toEqual({ high: 1, medium: 1, low: 16 });
    const lighting = audit.answers.find((a: { itemCode: string }) => a.itemCode === 'lit-01');
    expect(lighting).toMatchObject({ risk: 'high', topic: 'lighting', change: null });
    expect((await auditRows('safety.audit.create', audit.id))[0]?.details).toEqual({
      siteId,
      templateNumber: 1,
      high: 1,
      medium: 1,
      low: 16,
    });
  });

  it('returns the same audit on a retry and refuses a different one on the same date', async () => {
    const entry = await auditEntry('2026-06-01', {
      'lit-01': 'high',
      'lat-02': 'medium',
      'dis-01': null,
    });
    const retry = await post(`/api/v1/safety/sites/${siteId}/audits`, entry);
    expect(retry.status).toBe(200);
    expect((await retry.json()).id).toBe(firstId);
    const other = await post(
      `/api/v1/safety/sites/${siteId}/audits`,
      await auditEntry('2026-06-01'),
    );
    expect(other.status).toBe(409);
    const rows = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from safety_audits where site_id = ${siteId}`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses missing answers, a risk on a non-applicable item and a future date, naming each', async () => {
    const entry = await auditEntry('2026-06-02');
    entry.answers = entry.answers.filter((a) => a.itemCode !== 'wat-01');
    entry.answers[0] = { ...entry.answers[0]!, answer: 'not_applicable', risk: 'low' };
    const response = await post(
      `/api/v1/safety/sites/${siteId}/audits`,
      entry,
      'protection_officer',
      'es',
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.details.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'answers.wat-01', code: 'unanswered' }),
        expect.objectContaining({ path: 'answers.0.risk', code: 'not_applicable' }),
      ]),
    );
    expect(error.message).toMatch(/plantilla/);
    const future = await post(
      `/api/v1/safety/sites/${siteId}/audits`,
      await auditEntry('2999-01-01'),
    );
    expect(future.status).toBe(400);
  });

  it('shows on a re-audit, per item, the risk then and now', async () => {
    const entry = await auditEntry('2026-07-01', {
      'lit-01': 'medium',
      'lat-02': 'high',
      'dis-01': 'low',
    });
    const audit = await (await post(`/api/v1/safety/sites/${siteId}/audits`, entry)).json();
    expect(audit.previous).toEqual({ id: firstId, date: '2026-06-01' });
    const change = (code: string) =>
      audit.answers.find((a: { itemCode: string }) => a.itemCode === code);
    expect(change('lit-01')).toMatchObject({
      previousRisk: 'high',
      risk: 'medium',
      change: 'better',
    });
    expect(change('lat-02')).toMatchObject({
      previousRisk: 'medium',
      risk: 'high',
      change: 'worse',
    });
    expect(change('dis-01')).toMatchObject({ previousRisk: null, risk: 'low', change: 'new' });
    expect(change('wat-01')).toMatchObject({ previousRisk: 'low', change: 'same' });
  });

  it('gives the site’s risk trend oldest first, and lists its audits', async () => {
    const trend = await (await get(`/api/v1/safety/sites/${siteId}/trend`)).json();
    expect(
      trend.points.map((p: { date: string; high: number; medium: number }) => [
        p.date,
        p.high,
        p.medium,
      ]),
    ).toEqual([
      ['2026-06-01', 1, 1],
      ['2026-07-01', 1, 1],
    ]);
    const list = await (await get(`/api/v1/safety/audits?siteId=${siteId}&sort=date`)).json();
    expect(list.items.map((a: { date: string }) => a.date)).toEqual(['2026-06-01', '2026-07-01']);
    const site = await (await get(`/api/v1/safety/sites/${siteId}`)).json();
    expect(site).toMatchObject({ lastAuditedOn: '2026-07-01', lastRisk: { high: 1, medium: 1 } });
    const listed = await (await get('/api/v1/safety/sites?sort=-lastAudited&pageSize=200')).json();
    expect(listed.items[0]).toMatchObject({ id: siteId, lastAuditedOn: '2026-07-01' });
  });

  it('audits each read of an audit', async () => {
    expect((await get(`/api/v1/safety/audits/${firstId}`, 'me_officer')).status).toBe(200);
    expect((await auditRows('safety.audit.read', firstId)).length).toBeGreaterThan(0);
    expect((await get(`/api/v1/safety/audits/${firstId}`, 'tcdOfficer')).status).toBe(404);
    expect((await get(`/api/v1/safety/audits/${firstId}`, 'other')).status).toBe(404);
  });

  describe('findings become actions', () => {
    it('makes an action of a high finding, owned by staff, and flags it overdue once due', async () => {
      const response = await post(`/api/v1/safety/audits/${firstId}/actions`, {
        itemCode: 'lit-01',
        title: 'Install solar lights at the latrine blocks of sector B',
        ownerId: world.userIds.project_manager,
        dueDate: '2026-01-10',
      });
      expect(response.status).toBe(201);
      const action = await response.json();
      expect(action).toMatchObject({
        risk: 'high',
        status: 'open',
        overdue: true,
        siteId,
        version: 1,
      });
      const overdue = await (
        await get(`/api/v1/safety/actions?siteId=${siteId}&overdue=true`)
      ).json();
      expect(overdue.items.map((a: { id: string }) => a.id)).toEqual([action.id]);
      // "My actions": the owner's own, nobody else's.
      const mine = await (
        await get(`/api/v1/safety/actions?ownerId=${world.userIds.project_manager}`)
      ).json();
      expect(mine.items.map((a: { id: string }) => a.id)).toEqual([action.id]);
      const others = await (
        await get(`/api/v1/safety/actions?ownerId=${world.userIds.me_officer}`)
      ).json();
      expect(others.items).toEqual([]);
      const done = await patch(`/api/v1/safety/actions/${action.id}`, {
        status: 'done',
        version: 1,
      });
      expect(done.status).toBe(200);
      expect(await done.json()).toMatchObject({ status: 'done', overdue: false, version: 2 });
      const stale = await patch(`/api/v1/safety/actions/${action.id}`, {
        status: 'open',
        version: 1,
      });
      expect(stale.status).toBe(409);
    });

    it('refuses an action of a low finding, a second one of the same finding, a foreign owner', async () => {
      const base = {
        title: 'Fix it soon',
        ownerId: world.userIds.me_officer,
        dueDate: '2027-01-01',
      };
      const low = await post(`/api/v1/safety/audits/${firstId}/actions`, {
        ...base,
        itemCode: 'wat-01',
      });
      expect(low.status).toBe(400);
      expect((await low.json()).error.details.fields).toEqual([
        expect.objectContaining({ path: 'itemCode', code: 'not_a_finding' }),
      ]);
      expect(
        (await post(`/api/v1/safety/audits/${firstId}/actions`, { ...base, itemCode: 'lit-01' }))
          .status,
      ).toBe(409);
      const foreign = await post(`/api/v1/safety/audits/${firstId}/actions`, {
        ...base,
        itemCode: 'lat-02',
        ownerId: world.userIds.other,
      });
      expect(foreign.status).toBe(400);
    });
  });

  it('exports findings as CSV with the HXL row and as XLSX, audited', async () => {
    const csv = await get(`/api/v1/safety/findings/export?format=csv&siteId=${siteId}&risk=high`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="safety-findings-/,
    );
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^site,site_type,country,pcode,audit_date,item_code/);
    expect(lines[1]).toMatch(/^#loc\+name,#loc\+type,#country\+code/);
    expect(lines.slice(2)).toHaveLength(2);
    expect(lines[2]).toContain('lit-01');
    const xlsx = await get(`/api/v1/safety/findings/export?format=xlsx`);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });
});

describe('the organisation’s template', () => {
  const texts = (question: string) => ({
    en: { question, guidance: 'Look at it.' },
    fr: { question: `FR ${question}`, guidance: 'Regardez.' },
    es: { question: `ES ${question}`, guidance: 'Mírelo.' },
    ar: { question: `AR ${question}`, guidance: 'انظر.' },
  });

  it('adds, rewords and retires items as new versions; past audits keep their questions', async () => {
    const site = (await buildSite(t, as('protection_officer'))).id;
    const old = await (
      await post(`/api/v1/safety/sites/${site}/audits`, await auditEntry('2026-05-01'))
    ).json();
    const current = await (await get('/api/v1/safety/template', 'protection_officer', 'fr')).json();
    expect(current.items).toHaveLength(19);
    expect(current.items[0].question).toMatch(/surpeuplement/);
    const added = await post(
      '/api/v1/safety/template/items',
      {
        basedOn: current.number,
        code: 'lat-06',
        topic: 'latrines',
        texts: texts('Are menstrual hygiene bins provided in women’s latrines?'),
      },
      'protection_officer',
    );
    expect(added.status).toBe(201);
    const v2 = await added.json();
    expect(v2.number).toBe(current.number + 1);
    const reworded = await patch('/api/v1/safety/template/items/lit-01', {
      basedOn: v2.number,
      texts: texts('Is every latrine lit all night?'),
    });
    expect(reworded.status).toBe(200);
    const v3 = await reworded.json();
    const retired = await patch('/api/v1/safety/template/items/rou-01', {
      basedOn: v3.number,
      retired: true,
    });
    expect(retired.status).toBe(200);
    const stale = await patch('/api/v1/safety/template/items/rou-01', {
      basedOn: v3.number,
      retired: false,
    });
    expect(stale.status).toBe(409);
    // The old audit still reads as it was asked.
    const before = await (await get(`/api/v1/safety/audits/${old.id}`)).json();
    const lit = before.answers.find((a: { itemCode: string }) => a.itemCode === 'lit-01');
    expect(lit.question).toMatch(/latrines and the paths to them/);
    expect(before.templateNumber).toBe(current.number);
    // A new audit must answer the added item and may not answer the retired one.
    const stillOld = await post(
      `/api/v1/safety/sites/${site}/audits`,
      await auditEntry('2026-05-02'),
    );
    expect(stillOld.status).toBe(400);
    const fields = (await stillOld.json()).error.details.fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'answers.lat-06', code: 'unanswered' }),
        expect.objectContaining({ code: 'unknown_item' }),
      ]),
    );
  });

  it('refuses a taken code and lets only protection officers edit', async () => {
    const current = await (await get('/api/v1/safety/template')).json();
    const taken = await post('/api/v1/safety/template/items', {
      basedOn: current.number,
      code: 'lit-01',
      topic: 'lighting',
      texts: texts('Lit again?'),
    });
    expect(taken.status).toBe(400);
    const pm = await patch(
      '/api/v1/safety/template/items/lit-01',
      { basedOn: current.number, retired: true },
      'project_manager',
    );
    expect(pm.status).toBe(403);
  });
});

describe('who may call the safety routes', () => {
  const ID = '0b9d6c1e-8a52-4c3e-9f0e-2f3b7d1a9c44';
  const ROUTES: [string, string][] = [
    ['GET', '/api/v1/safety/template'],
    ['POST', '/api/v1/safety/template/items'],
    ['PATCH', '/api/v1/safety/template/items/lit-01'],
    ['POST', '/api/v1/safety/sites'],
    ['GET', '/api/v1/safety/sites'],
    ['GET', `/api/v1/safety/sites/${ID}`],
    ['GET', `/api/v1/safety/sites/${ID}/trend`],
    ['POST', `/api/v1/safety/sites/${ID}/audits`],
    ['GET', '/api/v1/safety/audits'],
    ['GET', `/api/v1/safety/audits/${ID}`],
    ['POST', `/api/v1/safety/audits/${ID}/photos`],
    ['GET', `/api/v1/safety/audits/${ID}/photos/${ID}`],
    ['DELETE', `/api/v1/safety/audits/${ID}/photos/${ID}`],
    ['POST', `/api/v1/safety/audits/${ID}/actions`],
    ['GET', '/api/v1/safety/actions'],
    ['PATCH', `/api/v1/safety/actions/${ID}`],
    ['GET', '/api/v1/safety/findings/export'],
  ];

  it.each(ROUTES)(
    '%s %s: 401 signed out, 403 for viewers and feedback operators',
    async (method, path) => {
      expect((await call(t, method, path, { body: {} })).status).toBe(401);
      for (const who of ['viewer', 'feedback_operator', 'psea_focal_point'] as const)
        expect((await call(t, method, path, { cookie: as(who), body: {} })).status, who).toBe(403);
    },
  );
});
