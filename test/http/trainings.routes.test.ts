import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/server/db/database.js';
import {
  buildCapacityWorld,
  buildTrainingSession,
  post,
  type CapacityWorld,
  type Who,
} from '../support/capacity-factories.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let w: CapacityWorld;
const as = (who: Who) => w.cookies[who];
const get = (path: string, who: Who = 'protection_officer') =>
  call(t, 'GET', path, { cookie: as(who) });
const record = (body: Record<string, unknown>, who: Who = 'protection_officer', headers = {}) =>
  post(t, '/api/v1/trainings', as(who), buildTrainingSession(body), headers);

beforeAll(async () => {
  t = await createTestApp();
  w = await buildCapacityWorld(t);
});
afterAll(() => t.close());

async function auditOf(action: string) {
  return selectRows<{ details: Record<string, unknown>; target_id: string | null }>(
    t.database.db,
    sql`select details, target_id from audit_log where action = ${action} and organization_id = ${w.organizationId} order by id`,
  );
}

describe('recording a training session', () => {
  it('stores counts by organisation type × sex and named staff, and audits ids and counts only', async () => {
    const { status, body } = await record({
      projectId: w.projects.sdn.id,
      traineeIds: [w.userIds.project_manager, w.userIds.me_officer],
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ topic: 'psea', country: 'SDN', total: 12, version: 1 });
    expect(body.place).toEqual({ pcode: 'SD01', name: 'Place SD01' });
    expect(body.project).toMatchObject({ code: 'SDN-CAP-1' });
    expect(body.trainees.map((p: { id: string }) => p.id).sort()).toEqual(
      [w.userIds.project_manager, w.userIds.me_officer].sort(),
    );
    const audit = (await auditOf('trainings.create')).find((a) => a.target_id === body.id);
    expect(audit?.details).toEqual({ topic: 'psea', country: 'SDN', trainees: 2 });
  });

  it('answers a retry with the same key with the first session, and refuses the key for another body', async () => {
    const headers = { 'idempotency-key': 'capacity-retry-0001' };
    const first = await record({ date: '2026-04-01' }, 'protection_officer', headers);
    const again = await record({ date: '2026-04-01' }, 'protection_officer', headers);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    const other = await record({ date: '2026-04-02' }, 'protection_officer', headers);
    expect(other.status).toBe(409);
    const [row] = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from training_sessions where idempotency_key = 'capacity-retry-0001'`,
    );
    expect(row?.n).toBe(1);
  });

  it('names each bad field in the user’s language and stores nothing', async () => {
    const before = (await auditOf('trainings.create')).length;
    const response = await call(t, 'POST', '/api/v1/trainings', {
      cookie: as('protection_officer'),
      lang: 'fr',
      body: buildTrainingSession({
        topic: 'other',
        participants: [
          { participantType: 'staff', sex: 'female', count: 2 },
          { participantType: 'staff', sex: 'female', count: 3 },
          { participantType: 'volunteer', sex: 'male', count: -1 },
        ],
        owner: 'x',
      }),
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    const paths = error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['participants.2.participantType', 'participants.2.count', 'owner']),
    );
    expect(error.message).toMatch(/valides|champs/i);
    expect((await auditOf('trainings.create')).length).toBe(before);
  });

  it('refuses a topic “other” without its name, a duplicate cell, and nobody attending', async () => {
    const response = await record({
      topic: 'other',
      participants: [
        { participantType: 'staff', sex: 'female', count: 0 },
        { participantType: 'staff', sex: 'female', count: 0 },
      ],
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['topicOther', 'participants.1.sex', 'participants']),
    );
  });

  it('treats a project or person of another organisation, and an unknown place, as unknown', async () => {
    const foreign = await record({ projectId: w.projects.foreign.id });
    expect(foreign.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'projectId', code: 'unknown_project' }),
    ]);
    const otherCountry = await record({ projectId: w.projects.tcd.id });
    expect(otherCountry.body.error.details.fields[0].code).toBe('other_country');
    const person = await record({ traineeIds: [w.userIds.other] });
    expect(person.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'traineeIds.0', code: 'unknown_user' }),
    ]);
    expect((await record({ locationPcode: 'SD99' })).status).toBe(400);
    expect((await record({ locationPcode: 'SD01' }, 'tcdOfficer')).status).toBe(400);
  });

  it.each<[Who | null, number]>([
    [null, 401],
    ['viewer', 403],
    ['admin', 403],
    ['feedback_operator', 403],
  ])('answers %s with %i', async (who, status) => {
    const response = await call(t, 'POST', '/api/v1/trainings', {
      ...(who ? { cookie: as(who) } : {}),
      body: buildTrainingSession(),
    });
    expect(response.status).toBe(status);
  });

  it('refuses API tokens on session records', async () => {
    expect((await call(t, 'GET', '/api/v1/trainings', { bearer: w.token })).status).toBe(403);
  });
});

describe('reading, revising and listing sessions', () => {
  let id: string;
  beforeAll(async () => {
    id = (await record({ topic: 'data_protection', date: '2026-02-01', locationPcode: 'TD01' }))
      .body.id;
  });

  it('keeps a Chad session from an officer of Sudan only... and from other organisations', async () => {
    expect((await get(`/api/v1/trainings/${id}`, 'tcdOfficer')).status).toBe(200);
    const sdnOnly = await get(`/api/v1/trainings/${id}`, 'other');
    expect(sdnOnly.status).toBe(404);
    const list = await (await get('/api/v1/trainings?pageSize=200', 'tcdOfficer')).json();
    expect(list.items.every((s: { country: string }) => s.country === 'TCD')).toBe(true);
  });

  it('revises with the version read and refuses a stale version with the current one', async () => {
    const body = {
      ...buildTrainingSession({
        topic: 'data_protection',
        locationPcode: 'TD01',
        facilitator: 'DPO',
      }),
      version: 1,
    };
    const first = await call(t, 'PUT', `/api/v1/trainings/${id}`, {
      cookie: as('protection_officer'),
      body,
    });
    expect(first.status).toBe(200);
    expect((await first.json()).version).toBe(2);
    const stale = await call(t, 'PUT', `/api/v1/trainings/${id}`, {
      cookie: as('protection_officer'),
      body,
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.version).toBe(2);
  });

  it('filters, sorts and paginates', async () => {
    const page = await (
      await get('/api/v1/trainings?topic=data_protection&sort=date&pageSize=1')
    ).json();
    expect(page).toMatchObject({ page: 1, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0].topic).toBe('data_protection');
    const empty = await (await get('/api/v1/trainings?from=2030-01-01')).json();
    expect(empty).toMatchObject({ items: [], total: 0 });
    expect((await get('/api/v1/trainings?sort=facilitator')).status).toBe(400);
  });

  it.each<[Who | null, number]>([
    [null, 401],
    ['viewer', 403],
  ])('answers %s with %i on reads', async (who, status) => {
    const options = who ? { cookie: as(who) } : {};
    expect((await call(t, 'GET', '/api/v1/trainings', options)).status).toBe(status);
    expect((await call(t, 'GET', `/api/v1/trainings/${id}`, options)).status).toBe(status);
    expect((await call(t, 'GET', '/api/v1/trainings/people', options)).status).toBe(status);
    expect(
      (
        await call(t, 'PUT', `/api/v1/trainings/${id}`, {
          ...options,
          body: { ...buildTrainingSession(), version: 2 },
        })
      ).status,
    ).toBe(status);
  });
});

describe('coverage of project staff', () => {
  it('is the share of the staff list trained on the topic, each person once, flagged below target', async () => {
    const staff = [
      w.userIds.project_manager,
      w.userIds.me_officer,
      w.userIds.feedback_operator,
      w.userIds.psea_focal_point,
    ];
    const put = await call(t, 'PUT', `/api/v1/projects/${w.projects.sdn.id}/staff`, {
      cookie: as('project_manager'),
      body: { userIds: staff },
    });
    expect(put.status).toBe(200);
    expect((await put.json()).items).toHaveLength(4);
    // A second PSEA session with the same person does not count them twice.
    await record({ traineeIds: [w.userIds.project_manager] });
    const coverage = await (
      await get(`/api/v1/trainings/coverage?projectId=${w.projects.sdn.id}&topic=psea`)
    ).json();
    expect(coverage.items).toEqual([
      expect.objectContaining({
        topic: 'psea',
        staff: 4,
        trained: 2,
        percent: 50,
        target: 80,
        isBelowTarget: true,
      }),
    ]);
    const lower = await (
      await get(`/api/v1/trainings/coverage?projectId=${w.projects.sdn.id}&topic=psea&target=50`)
    ).json();
    expect(lower.items[0].isBelowTarget).toBe(false);
  });

  it('refuses staff of another organisation and people who do not exist, naming each', async () => {
    const response = await call(t, 'PUT', `/api/v1/projects/${w.projects.sdn.id}/staff`, {
      cookie: as('project_manager'),
      body: { userIds: [w.userIds.viewer, w.userIds.other] },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.fields).toEqual([
      expect.objectContaining({ path: 'userIds.1' }),
    ]);
  });

  it('keeps staff lists and coverage within scope and roles', async () => {
    const foreign = await call(t, 'PUT', `/api/v1/projects/${w.projects.foreign.id}/staff`, {
      cookie: as('project_manager'),
      body: { userIds: [] },
    });
    expect(foreign.status).toBe(404);
    const tcd = await (await get('/api/v1/trainings/coverage', 'tcdOfficer')).json();
    expect(
      tcd.items.every((r: { project: { country: string } }) => r.project.country === 'TCD'),
    ).toBe(true);
    for (const [who, status] of [
      [null, 401],
      ['me_officer', 403],
      ['viewer', 403],
    ] as const) {
      const options = who ? { cookie: as(who) } : {};
      const r = await call(t, 'PUT', `/api/v1/projects/${w.projects.sdn.id}/staff`, {
        ...options,
        body: { userIds: [] },
      });
      expect(r.status).toBe(status);
    }
    expect((await call(t, 'GET', '/api/v1/trainings/coverage')).status).toBe(401);
    expect((await get('/api/v1/trainings/coverage', 'viewer')).status).toBe(403);
    expect((await call(t, 'GET', `/api/v1/projects/${w.projects.sdn.id}/staff`)).status).toBe(401);
    expect((await get(`/api/v1/projects/${w.projects.sdn.id}/staff`, 'viewer')).status).toBe(403);
  });
});

describe('training exports', () => {
  it('gives staff one row per session with the HXL row, as CSV', async () => {
    const response = await get('/api/v1/trainings/export?format=csv&topic=psea');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="trainings-/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^date,country,location_pcode,topic/);
    expect(lines[1]).toMatch(/^#date,#country\+code,#loc\+code/);
    expect(lines.length).toBeGreaterThan(3);
  });

  it('gives viewers country × topic rows with small cells withheld, as XLSX, and audits it', async () => {
    await record({
      topic: 'child_safeguarding',
      locationPcode: 'TD01',
      participants: [
        { participantType: 'staff', sex: 'female', count: 10 },
        { participantType: 'staff', sex: 'male', count: 7 },
        { participantType: 'partner', sex: 'male', count: 3 },
      ],
    });
    const response = await get(
      '/api/v1/trainings/export?format=xlsx&topic=child_safeguarding',
      'viewer',
    );
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const headers = rows[0]!.slice(1) as string[];
    const data = rows[2]!.slice(1);
    const at = (h: string) => data[headers.indexOf(h)] ?? null;
    expect(headers.slice(0, 3)).toEqual(['country', 'topic', 'sessions']);
    expect(rows).toHaveLength(3);
    // 3 partner men is below 5: withheld, and the smallest other count so the total cannot reveal it.
    expect([at('partner_male'), at('staff_male'), at('staff_female'), at('total')]).toEqual([
      null,
      null,
      10,
      20,
    ]);
    const audit = await auditOf('trainings.export');
    expect(audit.at(-1)?.details).toMatchObject({ format: 'xlsx', published: true });
    expect((await call(t, 'GET', '/api/v1/trainings/export?format=csv')).status).toBe(401);
    expect(
      (await call(t, 'GET', '/api/v1/trainings/export?format=csv', { bearer: w.viewerToken }))
        .status,
    ).toBe(200);
  });
});
