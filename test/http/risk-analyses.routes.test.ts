import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/server/db/database.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';
import { buildRiskWorld, entry, record, type Who } from './risk-analyses.support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildRiskWorld>>;
const as = (who: Who) => world.cookies[who];
const get = (path: string, who: Who = 'protection_officer') =>
  call(t, 'GET', path, { cookie: as(who) });

beforeAll(async () => {
  t = await createTestApp();
  world = await buildRiskWorld(t);
});
afterAll(() => t.close());

async function auditOf(action: string, targetId?: string) {
  return selectRows<{ details: Record<string, unknown> }>(
    t.database.db,
    targetId
      ? sql`select details, actor_label from audit_log where action = ${action} and target_id = ${targetId} order by id`
      : sql`select details from audit_log where action = ${action} and organization_id = ${world.organizationId} order by id`,
  );
}

describe('recording an analysis', () => {
  it('computes the score and band in core with the organisation’s bands, and audits the write', async () => {
    const { status, body } = await record(t, as('protection_officer'));
    expect(status).toBe(201);
    // 4 × 3 ÷ 2 = 6: the lower bound of "severe" in the default bands.
    expect(body.risk).toEqual({ score: 6, severity: 4, band: 'severe', label: 'Severe' });
    expect(body).toMatchObject({ country: 'SDN', bandWhenSaved: 'severe', version: 1 });
    expect(body.place).toMatchObject({ pcode: 'SD0101', level: 2 });
    const audit = await auditOf('risk.create', body.id);
    expect(audit[0]?.details).toEqual({
      riskCode: 'gender_based_violence',
      country: 'SDN',
      band: 'severe',
    });
  });

  it('refuses an unknown P-code, naming locationPcode in the user’s language', async () => {
    const response = await call(t, 'POST', '/api/v1/risk-analyses', {
      cookie: as('protection_officer'),
      body: entry({ locationPcode: 'SD9999' }),
      lang: 'fr',
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.details.fields).toEqual([
      expect.objectContaining({ path: 'locationPcode', code: 'unknown_pcode' }),
    ]);
    expect(error.message).not.toMatch(/^[a-z_.]+$/);
  });

  it('refuses ratings outside 1–5 and unknown fields, naming each', async () => {
    const response = await call(t, 'POST', '/api/v1/risk-analyses', {
      cookie: as('protection_officer'),
      body: { ...entry({ threat: { rating: 6, justification: 'x' } }), score: 25 },
    });
    expect(response.status).toBe(400);
    const paths = (await response.json()).error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['threat.rating', 'score']));
  });

  it('refuses a second analysis of the same place, risk and date with 409', async () => {
    const first = await record(t, as('protection_officer'), { date: '2026-01-20' });
    expect(first.status).toBe(201);
    const again = await record(t, as('protection_officer'), { date: '2026-01-20' });
    expect(again.status).toBe(409);
    expect(again.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'date', code: 'taken' }),
    ]);
  });

  it('treats a place outside an office-scoped officer’s countries as unknown', async () => {
    expect((await record(t, as('tcdOfficer'), { locationPcode: 'SD02' })).status).toBe(400);
    const own = await record(t, as('tcdOfficer'), { locationPcode: 'TD01' });
    expect(own.status).toBe(201);
    expect(own.body.country).toBe('TCD');
  });

  it.each<[Who | null, number]>([
    [null, 401],
    ['project_manager', 403],
    ['me_officer', 403],
    ['viewer', 403],
    ['admin', 403],
    ['feedback_operator', 403],
  ])('answers %s with %i', async (who, status) => {
    const response = await call(t, 'POST', '/api/v1/risk-analyses', {
      ...(who ? { cookie: as(who) } : {}),
      body: entry({ date: '2026-02-01' }),
    });
    expect(response.status).toBe(status);
  });

  it('refuses API tokens, even of a protection officer', async () => {
    const response = await call(t, 'GET', '/api/v1/risk-analyses', { bearer: world.token });
    expect(response.status).toBe(403);
  });
});

describe('reading analyses', () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await record(t, as('protection_officer'), {
        date: '2026-03-01',
        riskCode: 'explosive_ordnance',
      })
    ).body.id;
  });

  it('answers readers with the whole record and audits the read without text', async () => {
    for (const who of ['protection_officer', 'project_manager', 'me_officer'] as const) {
      const response = await get(`/api/v1/risk-analyses/${id}`, who);
      expect(response.status).toBe(200);
      expect((await response.json()).threat.justification).toBe(
        'Six incidents reported in December.',
      );
    }
    const audit = await auditOf('risk.read', id);
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain('Armed men');
  });

  it('answers 404 for another organisation, another country, or no such id; 403 for viewers', async () => {
    expect((await get(`/api/v1/risk-analyses/${id}`, 'other')).status).toBe(404);
    expect((await get(`/api/v1/risk-analyses/${id}`, 'tcdOfficer')).status).toBe(404);
    expect((await get(`/api/v1/risk-analyses/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await get(`/api/v1/risk-analyses/${id}`, 'viewer')).status).toBe(403);
    expect((await call(t, 'GET', `/api/v1/risk-analyses/${id}`)).status).toBe(401);
    expect((await get('/api/v1/risk-analyses/not-a-uuid')).status).toBe(400);
  });

  it('revises with the version read; a stale version gets 409 with the current record', async () => {
    const put = (version: number, overrides = {}) =>
      call(t, 'PUT', `/api/v1/risk-analyses/${id}`, {
        cookie: as('protection_officer'),
        body: {
          ...entry({ date: '2026-03-01', riskCode: 'explosive_ordnance', ...overrides }),
          version,
        },
      });
    const revised = await put(1, {
      capacity: { rating: 4, justification: 'Mine risk education began.' },
    });
    expect(revised.status).toBe(200);
    expect(await revised.json()).toMatchObject({
      version: 2,
      risk: { score: 3, band: 'moderate' },
    });
    const stale = await put(1);
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current).toMatchObject({ id, version: 2 });
    expect((await put(2, { locationPcode: 'XX01' })).status).toBe(400);
    expect((await auditOf('risk.update', id))[0]?.details).toMatchObject({
      fromBand: 'severe',
      toBand: 'moderate',
    });
    const asManager = await call(t, 'PUT', `/api/v1/risk-analyses/${id}`, {
      cookie: as('project_manager'),
      body: { ...entry(), version: 2 },
    });
    expect(asManager.status).toBe(403);
  });
});
