import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
const cookies: Partial<Record<Role | 'other', string>> = {};

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  for (const role of ['feedback_operator', 'project_manager', 'viewer'] as Role[]) {
    cookies[role] = await signIn(t, (await buildUser(t.deps, organization.id, { role })).email);
  }
  const other = await buildOrganization(t.deps);
  cookies.other = await signIn(
    t,
    (await buildUser(t.deps, other.organization.id, { role: 'feedback_operator' })).email,
  );
});
afterAll(() => t.close());

const draft = {
  language: 'ar',
  title: 'قلتم، فعلنا — نوفمبر',
  youSaid: 'قلتم إن طوابير نقطة المياه طويلة وإن الإضاءة ضعيفة ليلاً.',
  weDid:
    'أضفنا نقطة مياه ثانية وركّبنا إنارة تعمل بالطاقة الشمسية قرب المراحيض.\n\n<script>alert(1)</script>',
  periodFrom: '2026-11-01',
  periodTo: '2026-11-30',
};

describe('"you said, we did"', () => {
  it('drafts, publishes as a public printable page in the community’s language, then freezes', async () => {
    const created = await call(t, 'POST', '/api/v1/community-updates', {
      cookie: cookies.feedback_operator,
      body: draft,
    });
    expect(created.status).toBe(201);
    const update = await created.json();
    expect(update).toMatchObject({ status: 'draft', version: 1 });
    expect((await call(t, 'GET', `/updates/${update.id}`)).status).toBe(404);
    const published = await call(t, 'PATCH', `/api/v1/community-updates/${update.id}`, {
      cookie: cookies.feedback_operator,
      body: { status: 'published', version: 1 },
    });
    expect((await published.json()).status).toBe('published');
    const page = await call(t, 'GET', `/updates/${update.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('قلتم');
    expect(html).not.toContain('<script>alert(1)');
    expect(
      (
        await call(t, 'PATCH', `/api/v1/community-updates/${update.id}`, {
          cookie: cookies.feedback_operator,
          body: { title: 'Changed title', version: 2 },
        })
      ).status,
    ).toBe(409);
  });

  it('refuses bad input, the wrong roles and other organisations', async () => {
    const bad = await call(t, 'POST', '/api/v1/community-updates', {
      cookie: cookies.feedback_operator,
      body: { ...draft, periodTo: '2026-10-01' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields[0].path).toBe('periodTo');
    expect(
      (
        await call(t, 'POST', '/api/v1/community-updates', {
          cookie: cookies.project_manager,
          body: draft,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(t, 'GET', '/api/v1/community-updates', { cookie: cookies.viewer })).status,
    ).toBe(403);
    expect((await call(t, 'GET', '/api/v1/community-updates')).status).toBe(401);
    const mine = await (
      await call(t, 'GET', '/api/v1/community-updates', { cookie: cookies.project_manager })
    ).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(
      (await (await call(t, 'GET', '/api/v1/community-updates', { cookie: cookies.other })).json())
        .items,
    ).toEqual([]);
    expect(
      (
        await call(t, 'PATCH', `/api/v1/community-updates/${mine.items[0].id}`, {
          cookie: cookies.other,
          body: { version: 1 },
        })
      ).status,
    ).toBe(404);
  });
});
