import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, TEST_PASSWORD, type TestApp } from '../support/test-app.js';
import { currentTotp } from '../../src/server/security/totp.js';
import { SESSION_POLICY } from '../../src/server/bootstrap.js';

let t: TestApp;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await buildOrganization(t.deps)).organization.id;
});
afterAll(() => t.close());

describe('POST /api/v1/auth/login', () => {
  it('signs in with a fresh HttpOnly SameSite session cookie and answers the user', async () => {
    const user = await buildUser(t.deps, organizationId, { role: 'me_officer' });
    const response = await call(t, 'POST', '/api/v1/auth/login', {
      body: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
      origin: null,
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mainstream_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await response.json();
    expect(me).toMatchObject({
      email: user.email,
      role: 'me_officer',
      scope: { kind: 'organization' },
    });
    const second = await signIn(t, user.email);
    expect(second).not.toBe(cookie.split(';')[0]);
  });

  it('answers 401 with one generic message for a wrong password and an unknown account', async () => {
    const user = await buildUser(t.deps, organizationId);
    const wrong = await call(t, 'POST', '/api/v1/auth/login', {
      body: { email: user.email, password: 'not the password' },
    });
    const unknown = await call(t, 'POST', '/api/v1/auth/login', {
      body: { email: 'nobody@example.org', password: 'whatever1' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a).toEqual(b);
    expect(a.error.code).toBe('unauthenticated');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('answers 429 after 10 wrong passwords in a minute, even with the right one, and lets in again later', async () => {
    const user = await buildUser(t.deps, organizationId);
    for (let i = 0; i < 10; i++) {
      const r = await call(t, 'POST', '/api/v1/auth/login', {
        body: { email: user.email, password: `wrong-${i}-password` },
      });
      expect(r.status).toBe(401);
    }
    const blocked = await call(t, 'POST', '/api/v1/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await blocked.json()).error.code).toBe('rate_limited');
    await t.deps.throttle.recordSuccess(user.email);
    expect(
      (
        await call(t, 'POST', '/api/v1/auth/login', {
          body: { email: user.email, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(200);
  });

  it('refuses a disabled account with the same generic 401', async () => {
    const admin = await buildUser(t.deps, organizationId, { role: 'admin' });
    const user = await buildUser(t.deps, organizationId);
    const adminCookie = await signIn(t, admin.email);
    const userCookie = await signIn(t, user.email);
    const disable = await call(t, 'PATCH', `/api/v1/users/${user.id}`, {
      cookie: adminCookie,
      body: { disabled: true, version: user.version },
    });
    expect(disable.status).toBe(200);
    expect((await call(t, 'GET', '/api/v1/me', { cookie: userCookie })).status).toBe(401);
    const again = await call(t, 'POST', '/api/v1/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(again.status).toBe(401);
  });

  it('rejects malformed, incomplete and over-specified bodies with field errors', async () => {
    const cases = [
      { rawBody: '{"email": ', expectField: undefined },
      { body: { email: 'not-an-email', password: 'x' }, expectField: 'email' },
      { body: { email: 'a@example.org' }, expectField: 'password' },
      { body: { email: 'a@example.org', password: 'x', role: 'admin' }, expectField: 'role' },
    ];
    for (const c of cases) {
      const r = await call(t, 'POST', '/api/v1/auth/login', {
        ...c,
        headers: { 'content-type': 'application/json' },
      });
      expect(r.status).toBe(400);
      const body = await r.json();
      expect(body.error.code).toBe('validation_failed');
      if (c.expectField)
        expect(body.error.details.fields.map((f: { path: string }) => f.path)).toContain(
          c.expectField,
        );
    }
  });
});

describe('sessions', () => {
  it('GET /api/v1/me answers 401 without a session and the user with one', async () => {
    expect((await call(t, 'GET', '/api/v1/me')).status).toBe(401);
    const user = await buildUser(t.deps, organizationId, { role: 'psea_focal_point' });
    const me = await call(t, 'GET', '/api/v1/me', { cookie: await signIn(t, user.email) });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user.id, role: 'psea_focal_point' });
  });

  it('logout ends the session on the server', async () => {
    const user = await buildUser(t.deps, organizationId);
    const cookie = await signIn(t, user.email);
    const out = await call(t, 'POST', '/api/v1/auth/logout', { cookie });
    expect(out.status).toBe(204);
    expect((await call(t, 'GET', '/api/v1/me', { cookie })).status).toBe(401);
  });

  it('ends a session after the idle timeout', async () => {
    const user = await buildUser(t.deps, organizationId);
    const cookie = await signIn(t, user.email);
    t.clock.advance((SESSION_POLICY.idleMinutes + 1) * 60_000);
    expect((await call(t, 'GET', '/api/v1/me', { cookie })).status).toBe(401);
  });

  it('refuses a cookie-authenticated state change without or with a foreign Origin', async () => {
    const user = await buildUser(t.deps, organizationId);
    const cookie = await signIn(t, user.email);
    const missing = await call(t, 'POST', '/api/v1/auth/logout', { cookie, origin: null });
    const foreign = await call(t, 'POST', '/api/v1/auth/logout', {
      cookie,
      origin: 'https://evil.example',
    });
    expect([missing.status, foreign.status]).toEqual([403, 403]);
    expect((await call(t, 'GET', '/api/v1/me', { cookie })).status).toBe(200);
  });
});

describe('two-factor authentication (TOTP)', () => {
  it('set up, enable, then sign-in needs the code; 401 without it; disable with a code', async () => {
    const user = await buildUser(t.deps, organizationId, { role: 'psea_focal_point' });
    const cookie = await signIn(t, user.email);
    const setup = await call(t, 'POST', '/api/v1/me/totp/setup', { cookie });
    expect(setup.status).toBe(200);
    const { secret, otpauthUrl } = await setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const bad = await call(t, 'POST', '/api/v1/me/totp/enable', {
      cookie,
      body: { code: '000000' },
    });
    expect(bad.status).toBe(400);
    const code = currentTotp(secret, t.clock.now.getTime());
    expect(
      (await call(t, 'POST', '/api/v1/me/totp/enable', { cookie, body: { code } })).status,
    ).toBe(204);

    const without = await call(t, 'POST', '/api/v1/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(without.status).toBe(401);
    expect((await without.json()).error.code).toBe('totp_required');
    const withCode = await call(t, 'POST', '/api/v1/auth/login', {
      body: {
        email: user.email,
        password: TEST_PASSWORD,
        totp: currentTotp(secret, t.clock.now.getTime()),
      },
    });
    expect(withCode.status).toBe(200);
    const disable = await call(t, 'POST', '/api/v1/me/totp/disable', {
      cookie,
      body: { code: currentTotp(secret, t.clock.now.getTime()) },
    });
    expect(disable.status).toBe(204);
  });

  it('keeps the secret encrypted at rest', async () => {
    const user = await buildUser(t.deps, organizationId);
    const cookie = await signIn(t, user.email);
    const { secret } = await (await call(t, 'POST', '/api/v1/me/totp/setup', { cookie })).json();
    const dump = JSON.stringify(
      await t.database.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, user.id) }),
    );
    expect(dump).not.toContain(secret);
  });
});
