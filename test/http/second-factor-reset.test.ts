/** Recovery from a lost authenticator: an admin turns another user's second factor off. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import { auditLog } from '../../src/server/db/schema.js';
import { findUser } from '../../src/server/repos/users.repo.js';
import { currentTotp } from '../../src/server/security/totp.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let organizationId: string;
let otherOrganizationAdmin: string;
const cookies: Partial<Record<Role, string>> = {};
const ids: Partial<Record<Role, string>> = {};

const reset = (id: string, cookie: string | undefined) =>
  call(t, 'POST', `/api/v1/users/${id}/second-factor/reset`, { cookie });

async function enrol(cookie: string | undefined) {
  const setup = await call(t, 'POST', '/api/v1/me/totp/setup', { cookie });
  const { secret } = await setup.json();
  const code = currentTotp(secret, t.clock.now.getTime());
  expect((await call(t, 'POST', '/api/v1/me/totp/enable', { cookie, body: { code } })).status).toBe(
    204,
  );
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await buildOrganization(t.deps)).organization.id;
  for (const role of ['admin', 'psea_focal_point', 'protection_officer'] as Role[]) {
    const user = await buildUser(t.deps, organizationId, { role });
    ids[role] = user.id;
    cookies[role] = await signIn(t, user.email);
  }
  const other = await buildOrganization(t.deps);
  otherOrganizationAdmin = await signIn(
    t,
    (await buildUser(t.deps, other.organization.id, { role: 'admin' })).email,
  );
});
afterAll(() => t.close());

describe('resetting a second factor', () => {
  it('answers 401 signed out, 403 to other roles, 404 across organisations', async () => {
    expect((await reset(ids.psea_focal_point!, undefined)).status).toBe(401);
    expect((await reset(ids.psea_focal_point!, cookies.protection_officer)).status).toBe(403);
    expect((await reset(ids.psea_focal_point!, otherOrganizationAdmin)).status).toBe(404);
  });

  it('refuses a user without a second factor, and an admin resetting their own (409)', async () => {
    const none = await reset(ids.psea_focal_point!, cookies.admin);
    expect(none.status).toBe(409);
    await enrol(cookies.admin);
    const own = await reset(ids.admin!, cookies.admin);
    expect(own.status).toBe(409);
    expect((await own.json()).error.message).toMatch(/another administrator/);
  });

  it('turns it off, ends the user’s sessions and audits it without personal data', async () => {
    await enrol(cookies.psea_focal_point);
    expect((await call(t, 'GET', '/api/v1/me', { cookie: cookies.psea_focal_point })).status).toBe(
      200,
    );
    expect((await reset(ids.psea_focal_point!, cookies.admin)).status).toBe(204);
    const user = await findUser(t.database.db, organizationId, ids.psea_focal_point!);
    expect(user).toMatchObject({ totpEnabled: false, totpSecret: null });
    expect((await call(t, 'GET', '/api/v1/me', { cookie: cookies.psea_focal_point })).status).toBe(
      401,
    );
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organizationId, organizationId),
          eq(auditLog.action, 'users.second_factor_reset'),
        ),
      );
    expect(entry).toMatchObject({ targetType: 'user', targetId: ids.psea_focal_point });
    // The user signs in with the password alone now.
    expect(await signIn(t, user!.email)).toBeTruthy();
  });
});
