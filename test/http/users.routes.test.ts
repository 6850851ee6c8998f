import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/users/user.schema.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganization>>;
let otherOrgUser: User;
let adminCookie: string;
let viewerCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganization(t.deps);
  const other = await buildOrganization(t.deps);
  otherOrgUser = await buildUser(t.deps, other.organization.id, { role: 'admin' });
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

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `new.${Math.random().toString(36).slice(2)}@example.org`,
  name: 'Nadia Haddad',
  role: 'feedback_operator',
  locale: 'ar',
  password: 'a long enough passphrase',
  ...overrides,
});

describe('GET /api/v1/users', () => {
  it('lists one page of the organisation only, sorted, with the total', async () => {
    const r = await call(t, 'GET', '/api/v1/users?pageSize=1&sort=-email', { cookie: adminCookie });
    expect(r.status).toBe(200);
    const page = await r.json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    const all = await (
      await call(t, 'GET', '/api/v1/users?pageSize=200', { cookie: adminCookie })
    ).json();
    expect(all.items.map((u: User) => u.id)).not.toContain(otherOrgUser.id);
    const emails = all.items.map((u: User) => u.email);
    expect(emails).toEqual([...emails].sort());
    expect(JSON.stringify(all)).not.toMatch(/password|argon2/i);
  });

  it('answers 400 for a sort column outside the allow-list, 401 signed out, 403 for a viewer', async () => {
    expect(
      (await call(t, 'GET', '/api/v1/users?sort=password_hash', { cookie: adminCookie })).status,
    ).toBe(400);
    expect((await call(t, 'GET', '/api/v1/users')).status).toBe(401);
    expect((await call(t, 'GET', '/api/v1/users', { cookie: viewerCookie })).status).toBe(403);
  });
});

describe('office scope', () => {
  it('an admin scoped to one office sees and edits only users of that office', async () => {
    const [a, b] = [org.offices[0]!.id, org.offices[1]!.id];
    const scopedAdmin = await buildUser(t.deps, org.organization.id, {
      role: 'admin',
      officeIds: [a],
    });
    const inA = await buildUser(t.deps, org.organization.id, { officeIds: [a] });
    const inB = await buildUser(t.deps, org.organization.id, { officeIds: [b] });
    const inAB = await buildUser(t.deps, org.organization.id, { officeIds: [a, b] });
    const cookie = await signIn(t, scopedAdmin.email);
    const page = await (await call(t, 'GET', '/api/v1/users?pageSize=200', { cookie })).json();
    const ids = page.items.map((u: User) => u.id);
    expect(ids).toContain(inA.id);
    expect(ids).not.toContain(inB.id);
    expect(ids).not.toContain(inAB.id);
    expect(page.total).toBe(ids.length);
    expect((await call(t, 'GET', `/api/v1/users/${inB.id}`, { cookie })).status).toBe(404);
    const widen = await call(t, 'POST', '/api/v1/users', { cookie, body: newUser() });
    expect(widen.status).toBe(403);
    expect((await widen.json()).error.details.fields[0].path).toBe('officeIds');
  });
});

describe('POST /api/v1/users', () => {
  it('creates a user who can then sign in, and audits it', async () => {
    const body = newUser({ officeIds: [org.offices[0]!.id] });
    const r = await call(t, 'POST', '/api/v1/users', { cookie: adminCookie, body });
    expect(r.status).toBe(201);
    const user = await r.json();
    expect(user).toMatchObject({
      email: body.email,
      role: 'feedback_operator',
      version: 1,
      disabled: false,
    });
    expect(user.offices.map((o: { id: string }) => o.id)).toEqual([org.offices[0]!.id]);
    await signIn(t, body.email, body.password);
    const audit = await (
      await call(t, 'GET', `/api/v1/audit?targetId=${user.id}`, { cookie: adminCookie })
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toContain('users.create');
  });

  it('refuses bad input naming the field, in the caller’s language, and writes nothing', async () => {
    const before = (await (await call(t, 'GET', '/api/v1/users', { cookie: adminCookie })).json())
      .total;
    const cases: [Record<string, unknown>, string, string][] = [
      [newUser({ password: 'password123' }), 'password', 'too_common'],
      [newUser({ password: 'short' }), 'password', 'too_small'],
      [newUser({ role: 'superuser' }), 'role', 'invalid_value'],
      [newUser({ organizationId: org.organization.id }), 'organizationId', 'unrecognized_key'],
      [newUser({ email: 'nope' }), 'email', 'invalid_format'],
      [
        newUser({ officeIds: ['0b9d6c1e-8a52-4c3e-9f0e-2f3b7d1a9c44'] }),
        'officeIds',
        'unknown_office',
      ],
    ];
    for (const [body, path, code] of cases) {
      const r = await call(t, 'POST', '/api/v1/users', { cookie: adminCookie, body, lang: 'fr' });
      expect(r.status, path).toBe(400);
      const { error } = await r.json();
      expect(error.details.fields).toContainEqual(expect.objectContaining({ path, code }));
      expect(error.message).toMatch(/champ|valide|mot de passe|bureau/i);
    }
    const after = (await (await call(t, 'GET', '/api/v1/users', { cookie: adminCookie })).json())
      .total;
    expect(after).toBe(before);
  });

  it('answers 409 for an email already in use', async () => {
    const body = newUser();
    expect((await call(t, 'POST', '/api/v1/users', { cookie: adminCookie, body })).status).toBe(
      201,
    );
    const again = await call(t, 'POST', '/api/v1/users', {
      cookie: adminCookie,
      body: { ...body, email: body.email.toUpperCase() },
    });
    expect(again.status).toBe(409);
  });

  it('answers 401 signed out and 403 for a viewer', async () => {
    expect((await call(t, 'POST', '/api/v1/users', { body: newUser() })).status).toBe(401);
    expect(
      (await call(t, 'POST', '/api/v1/users', { cookie: viewerCookie, body: newUser() })).status,
    ).toBe(403);
  });
});

describe('GET and PATCH /api/v1/users/{id}', () => {
  it('answers 404 for a user of another organisation, exactly as for a random id', async () => {
    const foreign = await call(t, 'GET', `/api/v1/users/${otherOrgUser.id}`, {
      cookie: adminCookie,
    });
    const random = await call(t, 'GET', '/api/v1/users/0b9d6c1e-8a52-4c3e-9f0e-2f3b7d1a9c44', {
      cookie: adminCookie,
    });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await random.json());
    const patch = await call(t, 'PATCH', `/api/v1/users/${otherOrgUser.id}`, {
      cookie: adminCookie,
      body: { name: 'x', version: 1 },
    });
    expect(patch.status).toBe(404);
  });

  it('refuses a stale version with 409 and the current record, never overwriting', async () => {
    const user = await buildUser(t.deps, org.organization.id);
    const first = await call(t, 'PATCH', `/api/v1/users/${user.id}`, {
      cookie: adminCookie,
      body: { name: 'First edit', version: 1 },
    });
    expect(first.status).toBe(200);
    expect((await first.json()).version).toBe(2);
    const stale = await call(t, 'PATCH', `/api/v1/users/${user.id}`, {
      cookie: adminCookie,
      body: { name: 'Second edit', version: 1 },
    });
    expect(stale.status).toBe(409);
    const { error } = await stale.json();
    expect(error.details.current).toMatchObject({ name: 'First edit', version: 2 });
    const now = await (
      await call(t, 'GET', `/api/v1/users/${user.id}`, { cookie: adminCookie })
    ).json();
    expect(now.name).toBe('First edit');
  });

  it('a role change ends the user’s sessions', async () => {
    const user = await buildUser(t.deps, org.organization.id, { role: 'me_officer' });
    const cookie = await signIn(t, user.email);
    const r = await call(t, 'PATCH', `/api/v1/users/${user.id}`, {
      cookie: adminCookie,
      body: { role: 'viewer', version: user.version },
    });
    expect(r.status).toBe(200);
    expect((await call(t, 'GET', '/api/v1/me', { cookie })).status).toBe(401);
  });

  it('GET answers 400 for a malformed id, 401 signed out, 403 for a viewer', async () => {
    expect((await call(t, 'GET', '/api/v1/users/not-a-uuid', { cookie: adminCookie })).status).toBe(
      400,
    );
    expect((await call(t, 'GET', `/api/v1/users/${otherOrgUser.id}`)).status).toBe(401);
    expect(
      (await call(t, 'GET', `/api/v1/users/${otherOrgUser.id}`, { cookie: viewerCookie })).status,
    ).toBe(403);
    expect(
      (
        await call(t, 'PATCH', `/api/v1/users/${otherOrgUser.id}`, {
          cookie: viewerCookie,
          body: { version: 1 },
        })
      ).status,
    ).toBe(403);
  });
});
