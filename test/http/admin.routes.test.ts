import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganization>>;
let adminCookie: string;
let viewerCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganization(t.deps);
  adminCookie = await signIn(
    t,
    (await buildUser(t.deps, org.organization.id, { role: 'admin' })).email,
  );
  viewerCookie = await signIn(
    t,
    (await buildUser(t.deps, org.organization.id, { role: 'viewer' })).email,
  );
});
afterAll(() => t.close());

describe('API tokens', () => {
  it('shows a token once, stores only its hash, authenticates with it, and revocation ends it', async () => {
    const created = await call(t, 'POST', '/api/v1/api-tokens', {
      cookie: adminCookie,
      body: { name: 'SMS gateway', role: 'feedback_operator', expiresInDays: 30 },
    });
    expect(created.status).toBe(201);
    const token = await created.json();
    expect(token.token).toMatch(/^mst_[\w-]{40,}$/);
    const stored = await t.database.db.execute(sql`select * from api_tokens`);
    expect(JSON.stringify(stored)).not.toContain(token.token);

    const list = await (await call(t, 'GET', '/api/v1/api-tokens', { cookie: adminCookie })).json();
    expect(list.items).toContainEqual(
      expect.objectContaining({ id: token.id, prefix: token.prefix, revokedAt: null }),
    );
    expect(JSON.stringify(list)).not.toContain(token.token);

    expect((await call(t, 'GET', '/api/v1/offices', { bearer: token.token })).status).toBe(200);
    expect((await call(t, 'GET', '/api/v1/users', { bearer: token.token })).status).toBe(403);

    expect(
      (await call(t, 'DELETE', `/api/v1/api-tokens/${token.id}`, { cookie: adminCookie })).status,
    ).toBe(204);
    expect((await call(t, 'GET', '/api/v1/offices', { bearer: token.token })).status).toBe(401);
  });

  it('answers 400 for bad input, 401 signed out, 403 for a viewer, 404 for another organisation’s token', async () => {
    const bad = await call(t, 'POST', '/api/v1/api-tokens', {
      cookie: adminCookie,
      body: { name: '', role: 'god' },
    });
    expect(bad.status).toBe(400);
    expect((await call(t, 'GET', '/api/v1/api-tokens')).status).toBe(401);
    expect((await call(t, 'GET', '/api/v1/api-tokens', { cookie: viewerCookie })).status).toBe(403);
    expect(
      (
        await call(t, 'POST', '/api/v1/api-tokens', {
          cookie: viewerCookie,
          body: { name: 'x', role: 'viewer' },
        })
      ).status,
    ).toBe(403);
    const other = await buildOrganization(t.deps);
    const otherAdmin = await signIn(
      t,
      (await buildUser(t.deps, other.organization.id, { role: 'admin' })).email,
    );
    const { id } = await (
      await call(t, 'POST', '/api/v1/api-tokens', {
        cookie: otherAdmin,
        body: { name: 'theirs', role: 'viewer' },
      })
    ).json();
    expect(
      (await call(t, 'DELETE', `/api/v1/api-tokens/${id}`, { cookie: adminCookie })).status,
    ).toBe(404);
    expect(
      (await call(t, 'DELETE', `/api/v1/api-tokens/${id}`, { cookie: viewerCookie })).status,
    ).toBe(403);
  });
});

describe('audit trail', () => {
  it('records who did what from where, newest first, paginated, filterable', async () => {
    const user = await buildUser(t.deps, org.organization.id);
    await signIn(t, user.email);
    const r = await call(t, 'GET', `/api/v1/audit?actorId=${user.id}&pageSize=5`, {
      cookie: adminCookie,
    });
    expect(r.status).toBe(200);
    const page = await r.json();
    expect(page.items[0]).toMatchObject({
      action: 'auth.login',
      actor: { kind: 'user', id: user.id },
      targetId: user.id,
    });
    const filtered = await (
      await call(t, 'GET', '/api/v1/audit?action=users.create', { cookie: adminCookie })
    ).json();
    expect(filtered.items.every((e: { action: string }) => e.action === 'users.create')).toBe(true);
  });

  it('is append-only: the database refuses updates, deletes and truncation', async () => {
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it('answers 400 for a bad filter, 401 signed out, 403 for a viewer', async () => {
    expect(
      (await call(t, 'GET', '/api/v1/audit?actorId=nope', { cookie: adminCookie })).status,
    ).toBe(400);
    expect((await call(t, 'GET', '/api/v1/audit')).status).toBe(401);
    expect((await call(t, 'GET', '/api/v1/audit', { cookie: viewerCookie })).status).toBe(403);
  });
});

describe('GET /api/v1/offices', () => {
  it('lists the organisation’s offices for any role; 401 signed out', async () => {
    const r = await call(t, 'GET', '/api/v1/offices', { cookie: viewerCookie });
    expect(r.status).toBe(200);
    expect((await r.json()).items.map((o: { id: string }) => o.id).sort()).toEqual(
      org.offices.map((o) => o.id).sort(),
    );
    expect((await call(t, 'GET', '/api/v1/offices')).status).toBe(401);
  });
});

describe('API token expiry (moves the clock: keep last)', () => {
  it('expired tokens stop working', async () => {
    const { token } = await (
      await call(t, 'POST', '/api/v1/api-tokens', {
        cookie: adminCookie,
        body: { name: 'short', role: 'viewer', expiresInDays: 1 },
      })
    ).json();
    expect((await call(t, 'GET', '/api/v1/offices', { bearer: token })).status).toBe(200);
    t.clock.advance(2 * 86_400_000);
    expect((await call(t, 'GET', '/api/v1/offices', { bearer: token })).status).toBe(401);
  });
});
