import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/server/db/database.js';
import {
  buildServicesWorld,
  referralRequest,
  type ServicesWho,
} from '../support/services-factories.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildServicesWorld>>;
const as = (who: ServicesWho) => world.cookies[who];
const refer = (body: unknown, who: ServicesWho = 'protection_officer', headers = {}) =>
  call(t, 'POST', '/api/v1/referrals', { cookie: as(who), body, headers });
const override = (body: unknown, who: ServicesWho = 'protection_officer') =>
  call(t, 'POST', '/api/v1/referrals/override', { cookie: as(who), body });
const get = (path: string, who: ServicesWho = 'protection_officer') =>
  call(t, 'GET', path, { cookie: as(who) });

async function referralCount() {
  const [row] = await selectRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from referrals where organization_id = ${world.organizationId}`,
  );
  return row!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  world = await buildServicesWorld(t);
});
afterAll(() => t.close());

describe('consent', () => {
  it('refuses a referral without consent with 409 and stores nothing', async () => {
    const before = await referralCount();
    const response = await refer(referralRequest(world.services.gbv.id, { consent: null }));
    expect(response.status).toBe(409);
    const { error } = await response.json();
    expect(error.details.fields).toEqual([expect.objectContaining({ path: 'consent' })]);
    expect(await referralCount()).toBe(before);
  });

  it('refuses an override without a reason (400) and from a role without the permission (403)', async () => {
    const before = await referralCount();
    const { consent: _c, ...request } = referralRequest(world.services.gbv.id);
    const noReason = await override(request);
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'overrideReason' }),
    ]);
    const short = await override({ ...request, overrideReason: '  ' });
    expect(short.status).toBe(400);
    const operator = await override(
      { ...request, overrideReason: 'Imminent risk to life, person unconscious' },
      'feedback_operator',
    );
    expect(operator.status).toBe(403);
    expect(await referralCount()).toBe(before);
  });

  it('records an override with its reason and audits it without personal data', async () => {
    const { consent: _c, ...request } = referralRequest(world.services.gbv.id);
    const response = await override({
      ...request,
      overrideReason: 'Imminent risk to life; the person cannot consent',
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      consent: null,
      override: { reason: 'Imminent risk to life; the person cannot consent' },
      status: 'sent',
    });
    const [audit] = await selectRows<{ details: Record<string, unknown> }>(
      t.database.db,
      sql`select details from audit_log where action = 'referrals.override' and target_id = ${body.id}`,
    );
    expect(audit?.details).toMatchObject({ basis: 'override', serviceType: 'gbv' });
    expect(JSON.stringify(audit?.details)).not.toContain('Amina');
  });

  it('refuses a fact the person did not agree to share, naming it', async () => {
    const request = referralRequest(world.services.gbv.id);
    request.consent.mayShare = ['name', 'need'];
    const response = await refer(request, 'protection_officer', {});
    expect(response.status).toBe(400);
    const paths = (await response.json()).error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['person.phone', 'person.sex', 'person.age']);
  });
});

describe('referring a case', () => {
  it('shares only the consented facts, encrypted, never the case narrative', async () => {
    const response = await refer(
      referralRequest(world.services.gbv.id, {
        feedbackCaseId: world.cases.plain,
        consent: {
          givenBy: 'caregiver',
          givenAt: '2026-11-30T09:00:00Z',
          purpose: 'Child protection case management',
          mayShare: ['name', 'phone', 'sex', 'age', 'need'],
        },
      }),
      'feedback_operator',
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.sharedFields).toEqual(['name', 'phone', 'sex', 'age', 'need']);
    expect(body.consent.givenBy).toBe('caregiver');
    expect(body.feedbackCaseId).toBe(world.cases.plain);
    const [row] = await selectRows<Record<string, unknown>>(
      t.database.db,
      sql`select * from referrals where id = ${body.id}`,
    );
    const stored = JSON.stringify(row);
    expect(stored).not.toContain('Amina');
    expect(stored).not.toContain('NARRATIVE-MUST-NOT-BE-SHARED');
    expect(JSON.stringify(body)).not.toContain('NARRATIVE-MUST-NOT-BE-SHARED');
  });

  it('lets only PSEA focal points refer an SEA case, and hides SEA referrals from others', async () => {
    const request = referralRequest(world.services.gbv.id, { feedbackCaseId: world.cases.sea });
    expect((await refer(request, 'protection_officer')).status).toBe(404);
    const response = await refer(request, 'psea_focal_point');
    expect(response.status).toBe(201);
    const { id } = await response.json();
    expect((await get(`/api/v1/referrals/${id}`, 'protection_officer')).status).toBe(404);
    expect((await get(`/api/v1/referrals/${id}`, 'psea_focal_point')).status).toBe(200);
    const list = await (await get('/api/v1/referrals?pageSize=200', 'protection_officer')).json();
    expect(list.items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('refuses an inactive service or one outside the referrer’s countries', async () => {
    const inactive = await refer(referralRequest(world.services.inactive.id));
    expect((await inactive.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'serviceId', code: 'inactive' }),
    ]);
    const abroad = await refer(referralRequest(world.services.gbv.id), 'tcdOfficer');
    expect((await abroad.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'serviceId', code: 'unknown_service' }),
    ]);
  });

  it('answers a retry with the same Idempotency-Key with the same referral, once', async () => {
    const before = await referralCount();
    const headers = { 'idempotency-key': 'retry-key-0001' };
    const request = referralRequest(world.services.gbv.id);
    const first = await (await refer(request, 'protection_officer', headers)).json();
    const second = await (await refer(request, 'protection_officer', headers)).json();
    expect(second.id).toBe(first.id);
    expect(await referralCount()).toBe(before + 1);
    const other = await refer(
      { ...request, followUpOn: '2026-12-20' },
      'protection_officer',
      headers,
    );
    expect(other.status).toBe(409);
  });
});

describe('follow-up', () => {
  it('moves only along the allowed transitions and records the outcome', async () => {
    const { id } = await (await refer(referralRequest(world.services.gbv.id))).json();
    const patch = (body: unknown) =>
      call(t, 'PATCH', `/api/v1/referrals/${id}`, { cookie: as('protection_officer'), body });
    const skip = await patch({ version: 1, status: 'completed' });
    expect(skip.status).toBe(400);
    expect((await skip.json()).error.details.fields[0]).toMatchObject({
      path: 'status',
      code: 'invalid_transition',
    });
    const accepted = await (await patch({ version: 1, status: 'accepted' })).json();
    expect(accepted).toMatchObject({ status: 'accepted', nextStatuses: ['completed'], version: 2 });
    expect((await patch({ version: 1, status: 'completed' })).status).toBe(409);
    const done = await (
      await patch({ version: 2, status: 'completed', outcome: 'Case management started' })
    ).json();
    expect(done).toMatchObject({
      status: 'completed',
      outcome: 'Case management started',
      nextStatuses: [],
    });
  });

  it('lists open referrals past their follow-up date as overdue', async () => {
    const past = await (
      await refer(referralRequest(world.services.gbv.id, { followUpOn: '2020-01-15' }))
    ).json();
    expect(past.overdue).toBe(true);
    const future = await (
      await refer(referralRequest(world.services.gbv.id, { followUpOn: '2099-01-15' }))
    ).json();
    expect(future.overdue).toBe(false);
    const list = await (await get('/api/v1/referrals?overdue=true&sort=followUp')).json();
    const ids = list.items.map((r: { id: string }) => r.id);
    expect(ids).toContain(past.id);
    expect(ids).not.toContain(future.id);
    expect(list.items.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
  });
});

describe('counts by service type and status', () => {
  it('gives referral staff their counts and others the table with small cells suppressed', async () => {
    const staff = await (await get('/api/v1/referrals/report', 'protection_officer')).json();
    const gbv = staff.rows.indexOf('gbv');
    expect(staff.disclosureThreshold).toBeNull();
    expect(staff.rowTotals[gbv]).toBeGreaterThan(0);
    const viewer = await (await get('/api/v1/referrals/report', 'viewer')).json();
    expect(viewer.disclosureThreshold).toBe(10);
    for (const row of viewer.cells)
      for (const cell of row) expect(cell === null || cell === 0 || cell >= 10).toBe(true);
  });

  it('exports the counts as CSV with an HXL row', async () => {
    const response = await get('/api/v1/referrals/report/export?format=csv', 'viewer');
    const lines = (await response.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('service_type,sent,accepted,declined,completed,total');
    expect(lines[1]).toMatch(/^#service\+type,#indicator\+referrals\+sent/);
  });
});

describe('access', () => {
  it('is 401 anonymous and 403 for roles that do not refer', async () => {
    expect((await call(t, 'GET', '/api/v1/referrals')).status).toBe(401);
    expect((await call(t, 'POST', '/api/v1/referrals', { body: {} })).status).toBe(401);
    for (const who of ['viewer', 'project_manager', 'me_officer', 'admin'] as const) {
      expect((await get('/api/v1/referrals', who)).status).toBe(403);
      expect((await refer(referralRequest(world.services.gbv.id), who)).status).toBe(403);
    }
    expect((await call(t, 'GET', '/api/v1/referrals', { bearer: world.token })).status).toBe(403);
  });
});
