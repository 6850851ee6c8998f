import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCapacityWorld,
  buildMilestone,
  post,
  type CapacityWorld,
  type Who,
} from '../support/capacity-factories.js';
import { call, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let w: CapacityWorld;
const as = (who: Who) => w.cookies[who];
const get = async (path: string, who: Who = 'viewer') =>
  (await call(t, 'GET', path, { cookie: as(who) })).json();

beforeAll(async () => {
  t = await createTestApp();
  w = await buildCapacityWorld(t);
});
afterAll(() => t.close());

describe('the protection roadmap', () => {
  it('shows progress per pillar, overdue milestones flagged', async () => {
    const today = t.deps.now().toISOString().slice(0, 10);
    const late = await post(
      t,
      '/api/v1/roadmap/milestones',
      as('protection_officer'),
      buildMilestone({ dueDate: '2020-01-31' }),
    );
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({
      isOverdue: true,
      status: 'not_started',
      completedOn: null,
      version: 1,
    });
    await post(
      t,
      '/api/v1/roadmap/milestones',
      as('admin'),
      buildMilestone({ title: 'Training plan', dueDate: '2099-01-01' }),
    );
    const before = (await get('/api/v1/roadmap/progress')).items.find(
      (p: { pillar: string }) => p.pillar === 'capacity',
    );
    expect(before).toMatchObject({ total: 2, done: 0, overdue: 1, percentDone: 0 });
    const done = await call(t, 'PUT', `/api/v1/roadmap/milestones/${late.body.id}`, {
      cookie: as('protection_officer'),
      body: {
        ...buildMilestone({
          dueDate: '2020-01-31',
          status: 'done',
          evidence: 'Training records',
          evidenceUrl: 'https://www.iom.int',
        }),
        version: 1,
      },
    });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({
      status: 'done',
      isOverdue: false,
      completedOn: today,
      version: 2,
    });
    const after = (await get('/api/v1/roadmap/progress')).items;
    expect(after.map((p: { pillar: string }) => p.pillar)).toEqual([
      'leadership',
      'accountability',
      'capacity',
      'advocacy',
      'partnership',
    ]);
    expect(after[2]).toMatchObject({ total: 2, done: 1, overdue: 0, percentDone: 50 });
    expect(after[0]).toMatchObject({ total: 0, percentDone: null });
  });

  it('lists, filters and sorts milestones, and keeps other organisations out', async () => {
    const page = await get('/api/v1/roadmap/milestones?pillar=capacity&sort=-dueDate');
    expect(page.items.map((m: { title: string }) => m.title)[0]).toBe('Training plan');
    expect((await get('/api/v1/roadmap/milestones?status=done')).total).toBe(1);
    expect((await get('/api/v1/roadmap/milestones?pillar=advocacy')).items).toEqual([]);
    expect((await get('/api/v1/roadmap/milestones', 'other')).total).toBe(0);
    const id = page.items[0].id;
    const foreign = await call(t, 'PUT', `/api/v1/roadmap/milestones/${id}`, {
      cookie: as('other'),
      body: { ...buildMilestone(), version: 1 },
    });
    expect(foreign.status).toBe(404);
  });

  it('refuses a stale version, an unknown status and a non-web evidence link, naming fields', async () => {
    const { body } = await post(
      t,
      '/api/v1/roadmap/milestones',
      as('protection_officer'),
      buildMilestone({ pillar: 'advocacy' }),
    );
    const edit = (extra: Record<string, unknown>) =>
      call(t, 'PUT', `/api/v1/roadmap/milestones/${body.id}`, {
        cookie: as('protection_officer'),
        body: { ...buildMilestone({ pillar: 'advocacy' }), ...extra },
      });
    expect((await edit({ version: 1, status: 'in_progress' })).status).toBe(200);
    const stale = await edit({ version: 1, status: 'done' });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.status).toBe('in_progress');
    const bad = await edit({
      version: 2,
      status: 'finished',
      evidenceUrl: 'javascript:alert(1)',
      dueDate: '31/12/2026',
    });
    expect(bad.status).toBe(400);
    const paths = (await bad.json()).error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['status', 'evidenceUrl', 'dueDate']));
  });

  it('refuses the same milestone twice under a pillar, so a retried add makes one', async () => {
    const body = buildMilestone({ pillar: 'partnership', title: 'MoU with the women’s network' });
    const first = await post(t, '/api/v1/roadmap/milestones', as('protection_officer'), body);
    const retry = await post(t, '/api/v1/roadmap/milestones', as('protection_officer'), body);
    expect([first.status, retry.status]).toEqual([201, 409]);
    expect(retry.body.error.details).toMatchObject({
      fields: [{ path: 'title', code: 'taken' }],
      existingId: first.body.id,
    });
    const list = await get('/api/v1/roadmap/milestones?pillar=partnership');
    expect(list.total).toBe(1);
  });

  it('exports the roadmap as CSV with HXL tags, for viewers too', async () => {
    const response = await call(t, 'GET', '/api/v1/roadmap/export?format=csv', {
      cookie: as('viewer'),
    });
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'pillar,milestone,owner,due_date,status,overdue,completed_on,evidence,evidence_link',
    );
    expect(lines[1]).toMatch(/^#sector\+pillar,/);
    expect(lines.length).toBe(6);
    const xlsx = await call(t, 'GET', '/api/v1/roadmap/export?format=xlsx', {
      bearer: w.viewerToken,
    });
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
  });

  it.each<[Who | null, number]>([
    [null, 401],
    ['viewer', 403],
    ['me_officer', 403],
  ])('answers %s with %i on writes', async (who, status) => {
    const options = who ? { cookie: as(who) } : {};
    expect(
      (await call(t, 'POST', '/api/v1/roadmap/milestones', { ...options, body: buildMilestone() }))
        .status,
    ).toBe(status);
    const put = await call(t, 'PUT', `/api/v1/roadmap/milestones/${w.projects.sdn.id}`, {
      ...options,
      body: { ...buildMilestone(), version: 1 },
    });
    expect(put.status).toBe(status);
  });

  it('needs a signed-in caller to read', async () => {
    for (const path of [
      '/api/v1/roadmap/milestones',
      '/api/v1/roadmap/progress',
      '/api/v1/roadmap/export?format=csv',
    ])
      expect((await call(t, 'GET', path)).status).toBe(401);
  });
});
