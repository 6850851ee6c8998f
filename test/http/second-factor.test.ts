/** The organisation's required second factor for admins and PSEA focal points (decision 017). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import fr from '../../src/server/i18n/messages/fr.json' with { type: 'json' };
import { currentTotp } from '../../src/server/security/totp.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let organizationId: string;
const cookies: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await buildOrganization(t.deps)).organization.id;
  for (const role of ['admin', 'psea_focal_point', 'feedback_operator', 'viewer'] as Role[]) {
    cookies[role] = await signIn(t, (await buildUser(t.deps, organizationId, { role })).email);
  }
});
afterAll(() => t.close());

const get = (path: string, cookie: string | undefined, lang?: string) =>
  call(t, 'GET', path, { cookie, ...(lang ? { lang } : {}) });
const me = async (cookie: string | undefined) => (await get('/api/v1/me', cookie)).json();

async function putRequirement(cookie: string | undefined, requireSecondFactor: boolean) {
  const current = await (await get('/api/v1/organization/settings', cookie)).json();
  return call(t, 'PUT', '/api/v1/organization/settings', {
    cookie,
    body: { ...current, requireSecondFactor },
  });
}

async function enrol(cookie: string | undefined) {
  const setup = await call(t, 'POST', '/api/v1/me/totp/setup', { cookie });
  expect(setup.status).toBe(200);
  const { secret } = await setup.json();
  const code = currentTotp(secret, t.clock.now.getTime());
  expect((await call(t, 'POST', '/api/v1/me/totp/enable', { cookie, body: { code } })).status).toBe(
    204,
  );
  return secret as string;
}

describe('required second factor', () => {
  it('is off by default: admins without a second factor work as before', async () => {
    const settings = await (await get('/api/v1/organization/settings', cookies.viewer)).json();
    expect(settings.requireSecondFactor).toBe(false);
    expect(await me(cookies.admin)).toMatchObject({ secondFactorSetupRequired: false });
    expect((await get('/api/v1/users', cookies.admin)).status).toBe(200);
  });

  it('is a setting only admins change, validated and audited with before and after', async () => {
    const current = await (await get('/api/v1/organization/settings', cookies.admin)).json();
    const { requireSecondFactor: _omitted, ...withoutIt } = current;
    const missing = await call(t, 'PUT', '/api/v1/organization/settings', {
      cookie: cookies.admin,
      body: withoutIt,
    });
    expect(missing.status).toBe(400);
    const notBoolean = await call(t, 'PUT', '/api/v1/organization/settings', {
      cookie: cookies.admin,
      body: { ...current, requireSecondFactor: 'yes' },
    });
    expect(notBoolean.status).toBe(400);
    expect((await putRequirement(cookies.viewer, true)).status).toBe(403);

    const on = await putRequirement(cookies.admin, true);
    expect(on.status).toBe(200);
    expect((await on.json()).requireSecondFactor).toBe(true);
    // The admin who turned it on has no second factor either: enrolment first, then the audit log.
    await enrol(cookies.admin);
    const audit = await (await get('/api/v1/audit?action=settings.update', cookies.admin)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'settings.update',
      targetType: 'organization',
      targetId: organizationId,
      details: {
        before: { requireSecondFactor: false },
        after: { requireSecondFactor: true },
      },
    });
  });

  it('limits a PSEA focal point without it to their account, enrolment and sign-out', async () => {
    const cookie = cookies.psea_focal_point;
    expect(await me(cookie)).toMatchObject({
      role: 'psea_focal_point',
      totpEnabled: false,
      secondFactorSetupRequired: true,
    });
    for (const path of [
      '/api/v1/feedback',
      '/api/v1/notifications',
      '/api/v1/feedback-dashboard',
    ]) {
      const r = await get(path, cookie, 'fr');
      expect(r.status, path).toBe(403);
      expect((await r.json()).error).toMatchObject({
        code: 'second_factor_setup_required',
        message: fr.auth.second_factor_setup_required,
      });
    }
    const write = await call(t, 'POST', '/api/v1/feedback', {
      cookie,
      body: { channel: 'hotline', narrative: 'A question about the distribution.' },
    });
    expect(write.status).toBe(403);
  });

  it('signs such a user in, and says so in the answer', async () => {
    const user = await buildUser(t.deps, organizationId, { role: 'admin' });
    const cookie = await signIn(t, user.email);
    expect(await me(cookie)).toMatchObject({ secondFactorSetupRequired: true });
    expect((await get('/api/v1/users', cookie)).status).toBe(403);
    expect((await call(t, 'POST', '/api/v1/auth/logout', { cookie })).status).toBe(204);
    expect((await get('/api/v1/me', cookie)).status).toBe(401);
  });

  it('leaves other roles alone', async () => {
    expect(await me(cookies.feedback_operator)).toMatchObject({
      secondFactorSetupRequired: false,
    });
    expect((await get('/api/v1/feedback', cookies.feedback_operator)).status).toBe(200);
    expect((await get('/api/v1/feedback-dashboard', cookies.viewer)).status).toBe(200);
  });

  it('lifts the limit once the second factor is on, which cannot then be turned off', async () => {
    const cookie = cookies.psea_focal_point;
    const secret = await enrol(cookie);
    expect(await me(cookie)).toMatchObject({ totpEnabled: true, secondFactorSetupRequired: false });
    expect((await get('/api/v1/feedback', cookie)).status).toBe(200);
    const off = await call(t, 'POST', '/api/v1/me/totp/disable', {
      cookie,
      body: { code: currentTotp(secret, t.clock.now.getTime()) },
    });
    expect(off.status).toBe(409);
    expect((await off.json()).error.code).toBe('conflict');
  });

  it('lets a second factor be turned off again once the organisation no longer requires it', async () => {
    const user = await buildUser(t.deps, organizationId, { role: 'admin' });
    const cookie = await signIn(t, user.email);
    const secret = await enrol(cookie);
    expect((await putRequirement(cookies.admin, false)).status).toBe(200);
    const off = await call(t, 'POST', '/api/v1/me/totp/disable', {
      cookie,
      body: { code: currentTotp(secret, t.clock.now.getTime()) },
    });
    expect(off.status).toBe(204);
    expect(await me(cookie)).toMatchObject({ secondFactorSetupRequired: false });
    expect((await get('/api/v1/users', cookie)).status).toBe(200);
  });
});
