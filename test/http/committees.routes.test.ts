import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommittee, buildParticipationWorld } from '../support/participation-factories.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';
import type { Who } from './risk-analyses.support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildParticipationWorld>>;
const as = (who: Who) => world.cookies[who];
const post = (path: string, body: unknown, who: Who = 'protection_officer', headers = {}) =>
  call(t, 'POST', path, { cookie: as(who), body, headers });
const get = (path: string, who: Who = 'protection_officer') =>
  call(t, 'GET', path, { cookie: as(who) });

beforeAll(async () => {
  t = await createTestApp();
  world = await buildParticipationWorld(t);
});
afterAll(() => t.close());

describe('committees', () => {
  it('records members by role and group and flags the balance against the targets', async () => {
    const response = await post('/api/v1/committees', buildCommittee());
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.balance).toEqual({
      members: 8,
      women: 4,
      personsWithDisabilities: 1,
      womenShare: 0.5,
      disabilityShare: 0.125,
      womenFlag: 'met',
      disabilityFlag: 'met',
      womenInLeadership: true,
      balanced: true,
    });
    const men = buildCommittee({
      name: 'Distribution committee',
      kind: 'distribution',
      members: [{ role: 'chair', sex: 'male', ageBracket: '18-59', count: 6 }],
    });
    const below = await (await post('/api/v1/committees', men)).json();
    expect(below.balance).toMatchObject({
      womenFlag: 'below',
      disabilityFlag: 'below',
      balanced: false,
    });
    const unbalanced = await (await get('/api/v1/committees?unbalanced=true')).json();
    expect(unbalanced.items.map((c: { id: string }) => c.id)).toEqual([below.id]);
  });

  it('refuses names of members (no such field), unknown brackets and targets above 1', async () => {
    const response = await post(
      '/api/v1/committees',
      buildCommittee({
        members: [{ role: 'chair', sex: 'female', ageBracket: '18-59', count: 1, name: 'Fatima' }],
        targets: { womenShare: 1.5, disabilityShare: 0.1 },
      }),
    );
    expect(response.status).toBe(400);
    const paths = (await response.json()).error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['members.0.name', 'targets.womenShare']));
    const bracket = await post(
      '/api/v1/committees',
      buildCommittee({
        members: [{ role: 'chair', sex: 'female', ageBracket: '20-30', count: 1 }],
      }),
    );
    expect((await bracket.json()).error.details.fields[0]).toMatchObject({
      path: 'members.0.ageBracket',
      code: 'unknown_age_bracket',
    });
  });

  it('records meetings and training; revises with a version; 409 when stale', async () => {
    const created = await (
      await post('/api/v1/committees', buildCommittee(), 'me_officer', {
        'idempotency-key': 'committee-block-c-1',
      })
    ).json();
    const replay = await post('/api/v1/committees', buildCommittee(), 'me_officer', {
      'idempotency-key': 'committee-block-c-1',
    });
    expect(replay.status).toBe(200);
    expect((await replay.json()).id).toBe(created.id);
    const meeting = await post(`/api/v1/committees/${created.id}/meetings`, {
      heldOn: '2026-03-01',
      attendance: [
        { sex: 'female', count: 4 },
        { sex: 'male', count: 3 },
      ],
      decisions: ['Ask for a second water point near Block C'],
    });
    expect(meeting.status).toBe(201);
    const meetings = await (await get(`/api/v1/committees/${created.id}/meetings`)).json();
    expect(meetings.items).toHaveLength(1);
    const path = `/api/v1/committees/${created.id}`;
    const body = { ...buildCommittee({ trainings: [] }), version: 1 };
    expect((await call(t, 'PUT', path, { cookie: as('project_manager'), body })).status).toBe(200);
    const stale = await call(t, 'PUT', path, { cookie: as('project_manager'), body });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.version).toBe(2);
  });

  it('401 without a session, 403 for viewers, 404 out of country', async () => {
    expect((await call(t, 'GET', '/api/v1/committees')).status).toBe(401);
    expect((await get('/api/v1/committees', 'viewer')).status).toBe(403);
    expect((await post('/api/v1/committees', buildCommittee(), 'feedback_operator')).status).toBe(
      403,
    );
    expect((await get('/api/v1/committees/export?format=csv', 'viewer')).status).toBe(403);
    const sdn = await (await post('/api/v1/committees', buildCommittee())).json();
    expect((await get(`/api/v1/committees/${sdn.id}`, 'tcdOfficer')).status).toBe(404);
    expect((await get(`/api/v1/committees/${sdn.id}`, 'other')).status).toBe(404);
  });

  it('answers 401 and 403 on every committee route', async () => {
    const { id } = await (await post('/api/v1/committees', buildCommittee())).json();
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/v1/committees/${id}`],
      ['PUT', `/api/v1/committees/${id}`, { ...buildCommittee(), version: 1 }],
      ['GET', `/api/v1/committees/${id}/meetings`],
      [
        'POST',
        `/api/v1/committees/${id}/meetings`,
        { heldOn: '2026-03-01', attendance: [{ sex: 'female', count: 1 }] },
      ],
      ['GET', '/api/v1/committees/export?format=xlsx'],
      ['POST', '/api/v1/committees', buildCommittee()],
    ];
    for (const [method, path, body] of routes) {
      expect((await call(t, method, path, { body })).status, `${method} ${path}`).toBe(401);
      expect(
        (await call(t, method, path, { cookie: as('viewer'), body })).status,
        `${method} ${path}`,
      ).toBe(403);
    }
  });

  it('exports committees with their balance for staff', async () => {
    const response = await get('/api/v1/committees/export?format=csv');
    expect(response.status).toBe(200);
    const [header, hxl] = (await response.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toMatch(/^id,name,kind,country,location,project,members,women/);
    expect(hxl).toContain('#country+code');
  });
});
