import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import { markDeadlineBreaches } from '../../src/server/services/feedback/deadline-job.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
const cookies: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  for (const role of [
    'feedback_operator',
    'psea_focal_point',
    'viewer',
    'me_officer',
    'admin',
  ] as Role[]) {
    cookies[role] = await signIn(t, (await buildUser(t.deps, organization.id, { role })).email);
  }
  const log = (narrative: string, extra: Record<string, unknown> = {}) =>
    call(t, 'POST', '/api/v1/feedback', {
      cookie: cookies.feedback_operator,
      body: { channel: 'hotline', narrative, ...extra },
    });
  for (let i = 0; i < 8; i++)
    await log(`Request for information about the next distribution ${i}`, {
      submitter: { sex: 'female' },
    });
  for (let i = 0; i < 2; i++)
    await log(`Suggestion about the water point ${i}`, {
      channel: 'suggestion_box',
      submitter: { sex: 'male', washingtonGroup: { seeing: 3 } },
    });
  await log('A staff member demanded sex in exchange for food vouchers.', { sensitivity: 'sea' });
  // Satisfaction with the answer: 6 rated 5, 2 rated 2, 2 not known; the SEA case rated 1.
  const rate = async (cookie: string | undefined, query: string, ratings: number[]) => {
    const { items } = await (await call(t, 'GET', `/api/v1/feedback?${query}`, { cookie })).json();
    for (const [i, satisfaction] of ratings.entries()) {
      const r = await call(t, 'PATCH', `/api/v1/feedback/${items[i].id}`, {
        cookie,
        body: { satisfaction, version: items[i].version },
      });
      if (r.status !== 200) throw new Error(`rating failed: ${r.status}`);
    }
  };
  await rate(cookies.feedback_operator, 'channel=hotline', [5, 5, 5, 5, 5, 5, 2]);
  await rate(cookies.feedback_operator, 'channel=suggestion_box', [2]);
  await rate(cookies.psea_focal_point, 'sensitivity=sea', [1]);
});
afterAll(() => t.close());

type Cells = { key: string; count: number | null }[];
const countsOf = (cells: Cells) => Object.fromEntries(cells.map((c) => [c.key, c.count]));

describe('feedback dashboard', () => {
  it('counts by channel and sex for staff; SEA cases only as a suppressed count', async () => {
    const r = await call(t, 'GET', '/api/v1/feedback-dashboard', { cookie: cookies.me_officer });
    expect(r.status).toBe(200);
    const d = await r.json();
    expect(d.breakdowns.channel.cells).toEqual(
      expect.arrayContaining([
        { key: 'hotline', count: 8 },
        { key: 'suggestion_box', count: 2 },
      ]),
    );
    expect(d.breakdowns.disability.cells).toEqual(
      expect.arrayContaining([{ key: 'with_disability', count: 2 }]),
    );
    expect(d.breakdowns.channel.total).toBe(10);
    expect(d.seaCases).toBeNull();
  });

  it('suppresses small cells for viewers so that totals cannot reveal them', async () => {
    const d = await (
      await call(t, 'GET', '/api/v1/feedback-dashboard', { cookie: cookies.viewer })
    ).json();
    expect(d.suppressed).toBe(true);
    const channel = d.breakdowns.channel.cells;
    expect(channel.find((c: { key: string }) => c.key === 'suggestion_box').count).toBeNull();
    expect(channel.filter((c: { count: number | null }) => c.count === null).length).not.toBe(1);
  });

  it('includes SEA cases in the breakdowns of PSEA focal points only', async () => {
    const d = await (
      await call(t, 'GET', '/api/v1/feedback-dashboard', { cookie: cookies.psea_focal_point })
    ).json();
    expect(d.breakdowns.sensitivity ?? d.breakdowns.channel.total).toBeDefined();
    expect(d.breakdowns.channel.total).toBe(11);
  });

  it('breaks cases down by satisfaction, with the satisfied share of the known answers', async () => {
    const staff = await (
      await call(t, 'GET', '/api/v1/feedback-dashboard', { cookie: cookies.me_officer })
    ).json();
    expect(staff.breakdowns.satisfaction.cells.map((c: { key: string }) => c.key)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      'not_known',
    ]);
    expect(countsOf(staff.breakdowns.satisfaction.cells)).toEqual({
      1: 0,
      2: 2,
      3: 0,
      4: 0,
      5: 6,
      not_known: 2,
    });
    expect(staff.breakdowns.satisfaction.total).toBe(10);
    expect(staff.rates.satisfied).toBe(0.75);
    const psea = await (
      await call(t, 'GET', '/api/v1/feedback-dashboard', { cookie: cookies.psea_focal_point })
    ).json();
    expect(countsOf(psea.breakdowns.satisfaction.cells)).toMatchObject({ 1: 1, 5: 6 });
    expect(psea.rates.satisfied).toBe(6 / 9);
  });

  it('suppresses small satisfaction cells for viewers and withholds a share that would reveal them', async () => {
    const viewerDashboard = async () =>
      (await call(t, 'GET', '/api/v1/feedback-dashboard', { cookie: cookies.viewer })).json();
    const suppressed = await viewerDashboard();
    expect(countsOf(suppressed.breakdowns.satisfaction.cells)).toEqual({
      1: 0,
      2: null,
      3: 0,
      4: 0,
      5: 6,
      not_known: null,
    });
    expect(suppressed.breakdowns.satisfaction.total).toBe(10);
    expect(suppressed.rates.satisfied).toBeNull();

    // With a threshold of 2 nothing is small, and the share is published to viewers too.
    const settings = await (
      await call(t, 'GET', '/api/v1/organization/settings', { cookie: cookies.admin })
    ).json();
    const put = (disclosureThreshold: number) =>
      call(t, 'PUT', '/api/v1/organization/settings', {
        cookie: cookies.admin,
        body: { ...settings, disclosureThreshold },
      });
    expect((await put(2)).status).toBe(200);
    try {
      const published = await viewerDashboard();
      expect(countsOf(published.breakdowns.satisfaction.cells)).toMatchObject({
        2: 2,
        not_known: 2,
      });
      expect(published.rates.satisfied).toBe(0.75);
    } finally {
      expect((await put(settings.disclosureThreshold)).status).toBe(200);
    }
  });

  it('answers 400 for a bad date and 401 signed out', async () => {
    expect(
      (
        await call(t, 'GET', '/api/v1/feedback-dashboard?from=yesterday', {
          cookie: cookies.viewer,
        })
      ).status,
    ).toBe(400);
    expect((await call(t, 'GET', '/api/v1/feedback-dashboard')).status).toBe(401);
  });
});

describe('organisation settings', () => {
  it('lets an admin change deadlines and thresholds, validated, and new cases follow them', async () => {
    const admin = await signIn(
      t,
      (
        await buildUser(
          t.deps,
          (await (await call(t, 'GET', '/api/v1/me', { cookie: cookies.viewer })).json())
            .organization.id,
          { role: 'admin' },
        )
      ).email,
    );
    const current = await (
      await call(t, 'GET', '/api/v1/organization/settings', { cookie: cookies.viewer })
    ).json();
    expect(current).toMatchObject({
      disclosureThreshold: 5,
      deadlines: { acknowledgeHours: { sea: 8 } },
    });
    const bad = await call(t, 'PUT', '/api/v1/organization/settings', {
      cookie: admin,
      body: { ...current, seaDisclosureThreshold: 3 },
    });
    expect(bad.status).toBe(400);
    expect(
      (
        await call(t, 'PUT', '/api/v1/organization/settings', {
          cookie: cookies.viewer,
          body: current,
        })
      ).status,
    ).toBe(403);
    const next = {
      ...current,
      deadlines: {
        ...current.deadlines,
        acknowledgeHours: { ...current.deadlines.acknowledgeHours, non_sensitive: 24 },
      },
    };
    expect(
      (await call(t, 'PUT', '/api/v1/organization/settings', { cookie: admin, body: next })).status,
    ).toBe(200);
    const created = await (
      await call(t, 'POST', '/api/v1/feedback', {
        cookie: cookies.feedback_operator,
        body: { channel: 'hotline', narrative: 'When does the clinic open on Saturdays?' },
      })
    ).json();
    expect(Date.parse(created.acknowledgeDue) - Date.parse(created.receivedAt)).toBe(
      24 * 3_600_000,
    );
    expect((await call(t, 'GET', '/api/v1/organization/settings')).status).toBe(401);
  });
});

describe('case exports', () => {
  it('exports the cases the caller may see, without narratives, contacts or SEA cases; audited', async () => {
    const r = await call(t, 'GET', '/api/v1/feedback/export?format=csv', {
      cookie: cookies.me_officer,
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
    const lines = (await r.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[1]).toContain('#date+reported');
    const { total } = await (
      await call(t, 'GET', '/api/v1/feedback', { cookie: cookies.me_officer })
    ).json();
    expect(lines.length).toBe(2 + total);
    expect(lines.join('\n')).not.toMatch(/distribution|vouchers|water point/);
    expect(lines.join('\n')).not.toContain(',sea,');
    const psea = await (
      await call(t, 'GET', '/api/v1/feedback/export?format=csv', {
        cookie: cookies.psea_focal_point,
      })
    ).text();
    expect(psea).toContain(',sea,');
    expect(
      (await call(t, 'GET', '/api/v1/feedback/export?format=csv', { cookie: cookies.viewer }))
        .status,
    ).toBe(403);
    expect(
      (await call(t, 'GET', '/api/v1/feedback/export?format=pdf', { cookie: cookies.me_officer }))
        .status,
    ).toBe(400);
  });
});

describe('notifications and deadlines', () => {
  it('tells PSEA focal points of an SEA case at once, without its content', async () => {
    const r = await call(t, 'GET', '/api/v1/notifications', { cookie: cookies.psea_focal_point });
    const { unread, items } = await r.json();
    expect(unread).toBeGreaterThanOrEqual(1);
    expect(items[0]).toMatchObject({ kind: 'sea_case', targetType: 'feedback_case', read: false });
    expect(JSON.stringify(items)).not.toMatch(/vouchers/);
    expect(
      (
        await call(t, 'POST', `/api/v1/notifications/${items[0].id}/read`, {
          cookie: cookies.psea_focal_point,
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await call(t, 'POST', `/api/v1/notifications/${items[0].id}/read`, {
          cookie: cookies.viewer,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await (
          await call(t, 'GET', '/api/v1/notifications', { cookie: cookies.feedback_operator })
        ).json()
      ).unread,
    ).toBe(0);
  });

  it('marks missed deadlines once, and the overdue list shows them', async () => {
    t.clock.advance(3 * 86_400_000);
    const first = await markDeadlineBreaches(t.deps);
    expect(first.acknowledge).toBeGreaterThanOrEqual(10);
    expect(await markDeadlineBreaches(t.deps)).toEqual({ acknowledge: 0, respond: 0 });
  });
});
