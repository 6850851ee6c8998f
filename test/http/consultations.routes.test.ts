import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/server/db/database.js';
import { buildConsultation, buildParticipationWorld } from '../support/participation-factories.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';
import type { Who } from './risk-analyses.support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildParticipationWorld>>;
const as = (who: Who) => world.cookies[who];
const post = (body: unknown, who: Who = 'protection_officer', headers = {}) =>
  call(t, 'POST', '/api/v1/consultations', { cookie: as(who), body, headers });
const get = (path: string, who: Who = 'protection_officer') =>
  call(t, 'GET', path, { cookie: as(who) });

beforeAll(async () => {
  t = await createTestApp();
  world = await buildParticipationWorld(t);
});
afterAll(() => t.close());

const countRows = async () =>
  (
    await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from consultations`,
    )
  )[0]!.n;

describe('recording a consultation', () => {
  it('stores participants by group and decisions linked to a project, an action and a feedback trend', async () => {
    const response = await post(
      buildConsultation({
        projectId: world.projects.sdn.id,
        decisions: [
          {
            description: 'Solar lights on the latrine path',
            link: 'project',
            projectId: world.projects.sdn.id,
          },
          { description: 'Action opened for lighting', link: 'action', actionId: world.action.id },
          {
            description: 'Distribution complaints answered',
            link: 'feedback_trend',
            feedbackCategory: 'complaint_non_sensitive',
          },
        ],
      }),
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ country: 'SDN', totalParticipants: 23, version: 1 });
    expect(body.project).toMatchObject({ code: 'SDN-PR-1' });
    expect(body.decisions.map((d: { link: string }) => d.link)).toEqual([
      'project',
      'action',
      'feedback_trend',
    ]);
    expect(body.decisions[0].project).toMatchObject({ code: 'SDN-PR-1' });
    expect(body.decisions[1].action).toMatchObject({ title: 'Light the path to the latrines' });
    const audit = await selectRows<{ details: Record<string, unknown> }>(
      t.database.db,
      sql`select details from audit_log where action = 'consultations.create' and target_id = ${body.id}`,
    );
    expect(audit[0]?.details).toEqual({
      method: 'focus_group_discussion',
      country: 'SDN',
      decisions: 3,
    });
  });

  it('answers a retry with the same Idempotency-Key with the first record, never a duplicate', async () => {
    const before = await countRows();
    const headers = { 'idempotency-key': 'fgd-2026-02-10-block-c' };
    const first = await post(buildConsultation(), 'me_officer', headers);
    const again = await post(buildConsultation(), 'me_officer', headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe((await first.json()).id);
    expect(await countRows()).toBe(before + 1);
  });

  it('refuses unknown brackets, principles, duplicate cells and a decision without its link, in French, storing nothing', async () => {
    const before = await countRows();
    const response = await call(t, 'POST', '/api/v1/consultations', {
      cookie: as('protection_officer'),
      lang: 'fr',
      body: buildConsultation({
        participants: [
          { sex: 'female', ageBracket: '18-59', count: 2 },
          { sex: 'female', ageBracket: '18-59', count: 1 },
          { sex: 'male', ageBracket: '20-30', count: 1 },
        ],
        groups: [{ group: 'older_persons', count: 9 }],
        issues: [{ description: 'x', principle: 'happiness' }],
        decisions: [{ description: 'y', link: 'action', projectId: world.projects.sdn.id }],
      }),
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.message).toMatch(/consultation/);
    expect(error.message).toMatch(/vérifiez/);
    expect(
      error.details.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
    ).toEqual([
      'participants.1:duplicate',
      'participants.2.ageBracket:unknown_age_bracket',
      'groups.0.count:above_total',
      'issues.0.principle:unknown_principle',
      'decisions.0.projectId:not_for_link',
      'decisions.0.actionId:required',
    ]);
    expect(await countRows()).toBe(before);
  });

  it('refuses a project or action of another country or organisation, naming the field', async () => {
    const response = await post(
      buildConsultation({
        projectId: world.projects.foreign.id,
        decisions: [{ description: 'z', link: 'action', actionId: world.tcdAction.id }],
      }),
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.details.fields).toEqual([
      expect.objectContaining({ path: 'projectId', code: 'unknown_project' }),
      expect.objectContaining({ path: 'decisions.0.actionId', code: 'other_country' }),
    ]);
  });

  it('refuses unknown fields (mass assignment) and an unknown P-code', async () => {
    const extra = await post({ ...buildConsultation(), organizationId: world.organizationId });
    expect(extra.status).toBe(400);
    const place = await post(buildConsultation({ locationPcode: 'SD9999' }));
    expect((await place.json()).error.details.fields[0]).toMatchObject({
      path: 'locationPcode',
      code: 'unknown_pcode',
    });
  });
});

describe('who may record and read', () => {
  it('401 without a session, 403 for viewers and the feedback desk on writes, 403 for viewers on reads', async () => {
    expect(
      (await call(t, 'POST', '/api/v1/consultations', { body: buildConsultation() })).status,
    ).toBe(401);
    expect((await call(t, 'GET', '/api/v1/consultations')).status).toBe(401);
    expect((await post(buildConsultation(), 'viewer')).status).toBe(403);
    expect((await post(buildConsultation(), 'feedback_operator')).status).toBe(403);
    expect((await get('/api/v1/consultations', 'viewer')).status).toBe(403);
    expect((await get('/api/v1/consultations', 'feedback_operator')).status).toBe(200);
  });

  it('hides a consultation in another country (404 like missing) and from another organisation', async () => {
    const created = await (await post(buildConsultation({ locationPcode: 'TD01' }))).json();
    expect((await get(`/api/v1/consultations/${created.id}`, 'tcdOfficer')).status).toBe(200);
    const sdn = await (await post(buildConsultation())).json();
    expect((await get(`/api/v1/consultations/${sdn.id}`, 'tcdOfficer')).status).toBe(404);
    expect((await get(`/api/v1/consultations/${sdn.id}`, 'other')).status).toBe(404);
    const list = await (await get('/api/v1/consultations?pageSize=200', 'tcdOfficer')).json();
    expect(list.items.every((c: { country: string }) => c.country === 'TCD')).toBe(true);
  });
});

describe('every route refuses the anonymous (401) and the roles it does not serve (403)', () => {
  it('reading one consultation', async () => {
    const { id } = await (await post(buildConsultation())).json();
    expect((await call(t, 'GET', `/api/v1/consultations/${id}`)).status).toBe(401);
    expect((await get(`/api/v1/consultations/${id}`, 'viewer')).status).toBe(403);
    expect((await get(`/api/v1/consultations/${id}`, 'admin')).status).toBe(200);
  });

  it('the chart and the export serve every role, viewers suppressed: 401 only', async () => {
    for (const path of [
      '/api/v1/participation/by-group?location=SD',
      '/api/v1/consultations/export?format=csv',
    ]) {
      expect((await call(t, 'GET', path)).status).toBe(401);
      expect((await get(path, 'viewer')).status).toBe(200);
    }
    // An API token may read the chart but not revise a consultation (tokens: false).
    const { id } = await (await post(buildConsultation())).json();
    const put = await call(t, 'PUT', `/api/v1/consultations/${id}`, {
      bearer: world.token,
      body: { ...buildConsultation(), version: 1 },
    });
    expect(put.status).toBe(403);
  });
});

describe('revising', () => {
  it('saves a new version and refuses a stale one with the current record', async () => {
    const created = await (await post(buildConsultation())).json();
    const path = `/api/v1/consultations/${created.id}`;
    const body = { ...buildConsultation({ facilitator: 'Hawa Adam' }), version: 1 };
    const first = await call(t, 'PUT', path, { cookie: as('project_manager'), body });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ facilitator: 'Hawa Adam', version: 2 });
    const stale = await call(t, 'PUT', path, { cookie: as('me_officer'), body });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current).toMatchObject({ version: 2 });
    expect((await call(t, 'PUT', path, { cookie: as('viewer'), body })).status).toBe(403);
    expect((await call(t, 'PUT', path, { body })).status).toBe(401);
  });
});

describe('listing', () => {
  it('filters by project, method and dates, sorts by participants, paginates', async () => {
    await post(
      buildConsultation({
        projectId: world.projects.sdn.id,
        method: 'key_informant_interview',
        heldOn: '2025-06-01',
        participants: [{ sex: 'male', ageBracket: '60+', count: 1 }],
        groups: [],
      }),
    );
    const list = await (
      await get(
        `/api/v1/consultations?projectId=${world.projects.sdn.id}&sort=participants&pageSize=1`,
      )
    ).json();
    expect(list.pageSize).toBe(1);
    expect(list.total).toBeGreaterThanOrEqual(2);
    expect(list.items[0]).toMatchObject({
      method: 'key_informant_interview',
      totalParticipants: 1,
    });
    const kii = await (
      await get('/api/v1/consultations?method=key_informant_interview&to=2025-12-31')
    ).json();
    expect(kii.total).toBe(1);
    const none = await (await get('/api/v1/consultations?from=2030-01-01')).json();
    expect(none).toMatchObject({ items: [], total: 0 });
    expect((await get('/api/v1/consultations?sort=facilitator')).status).toBe(400);
  });
});

describe('participation by group', () => {
  it('sums the project’s participants for staff, and suppresses small cells for viewers', async () => {
    const project = world.projects.tcd.id;
    await post(buildConsultation({ locationPcode: 'TD01', projectId: project }));
    await post(
      buildConsultation({
        locationPcode: 'TD01',
        projectId: project,
        participants: [{ sex: 'female', ageBracket: '18-59', count: 10 }],
        groups: [],
      }),
    );
    const staff = await (await get(`/api/v1/participation/by-group?projectId=${project}`)).json();
    const adults = staff.ageBrackets.indexOf('18-59');
    const female = staff.sexes.indexOf('female');
    expect(staff).toMatchObject({ consultations: 2, total: 33, suppressed: false });
    expect(staff.cells[adults][female]).toBe(22);
    expect(staff.groups).toContainEqual({ group: 'persons_with_disabilities', count: 4 });
    const viewer = await (
      await get(`/api/v1/participation/by-group?projectId=${project}`, 'viewer')
    ).json();
    expect(viewer.suppressed).toBe(true);
    expect(viewer.total).toBe(33);
    expect(viewer.cells[viewer.ageBrackets.indexOf('60+')][female]).toBeNull();
    expect(viewer.groups).toContainEqual({ group: 'persons_with_disabilities', count: null });
    expect((await get('/api/v1/participation/by-group')).status).toBe(400);
    expect(
      (await call(t, 'GET', `/api/v1/participation/by-group?projectId=${project}`)).status,
    ).toBe(401);
    expect(
      (await get(`/api/v1/participation/by-group?projectId=${world.projects.foreign.id}`)).status,
    ).toBe(404);
  });
});

describe('exports', () => {
  it('gives staff one row per consultation with the HXL row, and viewers places with small cells empty', async () => {
    const staff = await get(
      `/api/v1/consultations/export?format=csv&projectId=${world.projects.tcd.id}`,
    );
    expect(staff.status).toBe(200);
    expect(staff.headers.get('content-disposition')).toMatch(
      /attachment; filename="consultations-/,
    );
    const lines = (await staff.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^id,date,country,location,project,method,decisions,female_0-4/);
    expect(lines[1]).toContain('#meta+participants+f+adults+age18_59');
    expect(lines).toHaveLength(4);
    await post(
      buildConsultation({
        locationPcode: 'TD01',
        participants: [{ sex: 'male', ageBracket: '60+', count: 2 }],
        groups: [],
      }),
    );
    const viewer = await get('/api/v1/consultations/export?format=xlsx&location=TD', 'viewer');
    expect(viewer.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await viewer.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).not.toContain('project');
    const row = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(row.slice(0, 2)).toEqual(['TCD', 'TD01']);
    expect(row[header.indexOf('male_60+')] ?? null).toBeNull();
    expect(row[header.indexOf('female_18-59')]).toBe(34);
    expect((await call(t, 'GET', '/api/v1/consultations/export?format=csv')).status).toBe(401);
  });
});
