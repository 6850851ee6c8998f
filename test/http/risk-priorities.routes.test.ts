import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/server/db/database.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';
import { buildRiskWorld, record, type Who } from './risk-analyses.support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildRiskWorld>>;
const ids: Record<string, string> = {};
const as = (who: Who) => world.cookies[who];
const get = async (path: string, who: Who = 'protection_officer') => {
  const response = await call(t, 'GET', path, { cookie: as(who) });
  return { status: response.status, body: await response.json() };
};
const rating = (value: number) => ({
  rating: value,
  justification: 'Observed by the monitoring team.',
});

beforeAll(async () => {
  t = await createTestApp();
  world = await buildRiskWorld(t);
  const po = as('protection_officer');
  const analyses: [string, Record<string, unknown>][] = [
    // GBV in SD0101: 5×4÷2 = 10 in January, then 3×3÷3 = 3 in June (an outcome).
    [
      'gbvJan',
      { date: '2026-01-10', threat: rating(5), vulnerability: rating(4), capacity: rating(2) },
    ],
    [
      'gbvJun',
      { date: '2026-06-10', threat: rating(3), vulnerability: rating(3), capacity: rating(3) },
    ],
    // Explosive ordnance in SD0102: 5×5÷1 = 25.
    [
      'eoSd0102',
      {
        locationPcode: 'SD0102',
        riskCode: 'explosive_ordnance',
        date: '2026-02-01',
        threat: rating(5),
        vulnerability: rating(5),
        capacity: rating(1),
      },
    ],
    // Family separation in SD02: 2×2÷4 = 1.
    [
      'famSd02',
      {
        locationPcode: 'SD02',
        riskCode: 'family_separation',
        date: '2026-03-01',
        threat: rating(2),
        vulnerability: rating(2),
        capacity: rating(4),
      },
    ],
    // Trafficking in TD01: 4×4÷2 = 8.
    [
      'trTd01',
      {
        locationPcode: 'TD01',
        riskCode: 'trafficking_forced_labour',
        date: '2026-04-01',
        threat: rating(4),
        vulnerability: rating(4),
        capacity: rating(2),
      },
    ],
  ];
  for (const [key, overrides] of analyses) {
    const { status, body } = await record(t, po, overrides);
    expect(status).toBe(201);
    ids[key] = body.id;
  }
});
afterAll(() => t.close());

describe('the list', () => {
  it('filters by place with its descendants, risk, band, country and dates, and sorts', async () => {
    const codes = async (query: string) =>
      (await get(`/api/v1/risk-analyses?${query}`)).body.items.map((i: { id: string }) => i.id);
    expect(await codes('location=SD01&sort=date')).toEqual([ids.gbvJan, ids.eoSd0102, ids.gbvJun]);
    expect(await codes('risk=explosive_ordnance')).toEqual([ids.eoSd0102]);
    expect(await codes('band=severe&sort=score')).toEqual([ids.trTd01, ids.gbvJan]);
    expect(await codes('country=TCD')).toEqual([ids.trTd01]);
    expect(await codes('from=2026-02-01&to=2026-03-31&sort=-date')).toEqual([
      ids.famSd02,
      ids.eoSd0102,
    ]);
    expect(await codes('sort=-score&pageSize=2&page=1')).toEqual([ids.eoSd0102, ids.gbvJan]);
    const page2 = await get('/api/v1/risk-analyses?sort=-score&pageSize=2&page=2');
    expect(page2.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([ids.trTd01, ids.gbvJun]);
  });

  it('carries no free text and audits each list with ids and counts', async () => {
    const { body } = await get('/api/v1/risk-analyses?risk=trafficking_forced_labour');
    expect(body.items[0]).not.toHaveProperty('threatDescription');
    expect(body.items[0].ratings).toEqual({ threat: 4, vulnerability: 4, capacity: 2 });
    const audits = await selectRows<{ details: unknown }>(
      t.database.db,
      sql`select details from audit_log where action = 'risk.list' and organization_id = ${world.organizationId} order by id desc limit 1`,
    );
    expect(audits[0]?.details).toEqual({
      view: 'list',
      count: 1,
      total: 1,
      ids: [ids.trTd01],
    });
  });

  it('shows an office-scoped officer only the analyses of their countries', async () => {
    const { body } = await get('/api/v1/risk-analyses', 'tcdOfficer');
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([ids.trTd01]);
    expect((await get('/api/v1/risk-analyses', 'other')).body.total).toBe(0);
  });

  it('names a bad filter (400) and refuses viewers (403) and anonymous callers (401)', async () => {
    const bad = await get('/api/v1/risk-analyses?band=catastrophic');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0]).toMatchObject({ path: 'band' });
    expect((await get('/api/v1/risk-analyses?sort=secret')).status).toBe(400);
    expect((await get('/api/v1/risk-analyses', 'viewer')).status).toBe(403);
    expect((await call(t, 'GET', '/api/v1/risk-analyses')).status).toBe(401);
  });
});

describe('priorities: who is most at risk where', () => {
  it('ranks the latest analysis of each place × risk, highest score first', async () => {
    const { status, body } = await get('/api/v1/risk-analyses/priorities');
    expect(status).toBe(200);
    const ranked = body.items.map((i: { id: string; rank: number }) => [i.id, i.rank]);
    // The January GBV analysis is superseded by June's.
    expect(ranked).toEqual([
      [ids.eoSd0102, 1],
      [ids.trTd01, 2],
      [ids.gbvJun, 3],
      [ids.famSd02, 4],
    ]);
    expect(body.items[0].place).toMatchObject({ pcode: 'SD0102', names: { en: 'Place SD0102' } });
  });

  it('filters by admin level, risk and country, and keeps to the actor’s scope', async () => {
    const idsOf = async (query: string, who: Who = 'protection_officer') =>
      (await get(`/api/v1/risk-analyses/priorities?${query}`, who)).body.items.map(
        (i: { id: string }) => i.id,
      );
    expect(await idsOf('level=1')).toEqual([ids.trTd01, ids.famSd02]);
    expect(await idsOf('risk=gender_based_violence')).toEqual([ids.gbvJun]);
    expect(await idsOf('country=SDN&pageSize=1')).toEqual([ids.eoSd0102]);
    expect(await idsOf('', 'tcdOfficer')).toEqual([ids.trTd01]);
    expect((await get('/api/v1/risk-analyses/priorities?level=7')).status).toBe(400);
    expect((await get('/api/v1/risk-analyses/priorities', 'viewer')).status).toBe(403);
  });
});

describe('history: the change shown as a protection outcome', () => {
  const path = '/api/v1/risk-analyses/history?location=SD0101&risk=gender_based_violence';

  it('gives the dated series and the change between analyses', async () => {
    const { status, body } = await get(path, 'me_officer');
    expect(status).toBe(200);
    expect(
      body.points.map((p: { date: string; risk: { score: number } }) => [p.date, p.risk.score]),
    ).toEqual([
      ['2026-01-10', 10],
      ['2026-06-10', 3],
    ]);
    expect(body.changes).toEqual([
      expect.objectContaining({
        fromDate: '2026-01-10',
        toDate: '2026-06-10',
        delta: -7,
        outcome: 'improved',
        fromBand: 'severe',
        toBand: 'moderate',
        factors: { threat: -2, vulnerability: -1, capacity: 1 },
      }),
    ]);
  });

  it('answers 404 for a place out of scope or unknown, and 400 without a risk', async () => {
    expect((await get(path, 'tcdOfficer')).status).toBe(404);
    expect((await get(path.replace('SD0101', 'SD7777'))).status).toBe(404);
    const missing = await get('/api/v1/risk-analyses/history?location=SD0101');
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields[0].path).toBe('risk');
  });

  it('reads the bands when answering: new bands re-band old analyses, the saved band stays on record', async () => {
    const settings = (await get('/api/v1/organization/settings', 'admin')).body;
    const bands = [
      { code: 'low', label: 'Low', min: 0.2, max: 5 },
      { code: 'high', label: 'High', min: 5, max: 25 },
    ];
    const put = await call(t, 'PUT', '/api/v1/organization/settings', {
      cookie: as('admin'),
      body: { ...settings, severityBands: bands },
    });
    expect(put.status).toBe(200);
    const one = await get(`/api/v1/risk-analyses/${ids.gbvJan}`);
    expect(one.body).toMatchObject({
      risk: { band: 'high', severity: 2 },
      bandWhenSaved: 'severe',
    });
    expect((await get(path)).body.changes[0]).toMatchObject({ fromBand: 'high', toBand: 'low' });
    await call(t, 'PUT', '/api/v1/organization/settings', { cookie: as('admin'), body: settings });
  });
});

describe('projects and interventions', () => {
  it('links projects of the analysis’s country in scope, and names the others', async () => {
    const link = (projectIds: string[], who: Who = 'protection_officer') =>
      call(t, 'PUT', `/api/v1/risk-analyses/${ids.gbvJun}/projects`, {
        cookie: as(who),
        body: { projectIds },
      });
    const ok = await link([world.projects.sdn.id]);
    expect(ok.status).toBe(200);
    expect((await ok.json()).projects).toEqual([
      { id: world.projects.sdn.id, code: 'SDN-PR-1', title: 'Project SDN-PR-1' },
    ]);
    const bad = await link([
      world.projects.sdn.id,
      world.projects.tcd.id,
      world.projects.foreign.id,
    ]);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'projectIds.1', code: 'other_country' }),
      expect.objectContaining({ path: 'projectIds.2', code: 'unknown_project' }),
    ]);
    expect((await link([], 'project_manager')).status).toBe(403);
    expect((await link([], 'other')).status).toBe(404);
    expect((await get(`/api/v1/risk-analyses/${ids.gbvJun}`)).body.projects).toHaveLength(1);
  });

  it('records interventions by kind and thematic area and lists them', async () => {
    const base = `/api/v1/risk-analyses/${ids.gbvJun}/interventions`;
    const add = (body: Record<string, unknown>, who: Who = 'protection_officer') =>
      call(t, 'POST', base, { cookie: as(who), body });
    const created = await add({
      kind: 'preventive',
      thematicArea: 'gbv',
      title: 'Solar lights on the path to the water point',
      projectId: world.projects.sdn.id,
      startDate: '2026-02-01',
      endDate: '2026-04-30',
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      kind: 'preventive',
      project: { code: 'SDN-PR-1' },
    });
    const badKind = await add({ kind: 'curative', thematicArea: 'gbv', title: 'x' });
    expect(badKind.status).toBe(400);
    expect((await badKind.json()).error.details.fields[0].path).toBe('kind');
    const badDates = await add({
      kind: 'responsive',
      thematicArea: 'mhpss',
      title: 'x',
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect((await badDates.json()).error.details.fields[0].path).toBe('endDate');
    const abroad = await add({
      kind: 'remedial',
      thematicArea: 'other',
      title: 'x',
      projectId: world.projects.tcd.id,
    });
    expect((await abroad.json()).error.details.fields[0]).toMatchObject({
      path: 'projectId',
      code: 'other_country',
    });
    expect(
      (await add({ kind: 'preventive', thematicArea: 'gbv', title: 'x' }, 'me_officer')).status,
    ).toBe(403);
    const list = await get(base, 'project_manager');
    expect(list.body.items.map((i: { title: string }) => i.title)).toEqual([
      'Solar lights on the path to the water point',
    ]);
    expect((await get(base, 'tcdOfficer')).status).toBe(404);
    expect((await get(`/api/v1/risk-analyses/${crypto.randomUUID()}/interventions`)).status).toBe(
      404,
    );
    const history = await get(
      '/api/v1/risk-analyses/history?location=SD0101&risk=gender_based_violence',
    );
    expect(history.body.points[1].interventions).toHaveLength(1);
    expect(history.body.points[1].projects).toHaveLength(1);
  });

  it('names the standard risks in the caller’s language', async () => {
    const response = await call(t, 'GET', '/api/v1/protection-risks', {
      cookie: as('me_officer'),
      lang: 'fr',
    });
    const { items } = await response.json();
    expect(items).toHaveLength(15);
    expect(items.find((i: { code: string }) => i.code === 'gender_based_violence').name).toBe(
      'Violence basée sur le genre',
    );
    expect((await get('/api/v1/protection-risks', 'viewer')).status).toBe(403);
  });
});
