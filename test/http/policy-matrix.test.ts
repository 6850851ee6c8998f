/**
 * The authorisation matrix, derived from the declared policy table: every declared route × every
 * role (and anonymous, and an API token) gets exactly the answer the policy says. A route that
 * declares no action, or an action not in the table, fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/auth/roles.js';
import { POLICY, isPolicyAction, type PolicyEntry } from '../../src/core/policy/policy.js';
import { UNDOCUMENTED_ROUTES } from '../../src/server/http/app.js';
import { declaredRoutes } from '../../src/server/http/route-table.js';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { buildOrganization, buildUserForEveryRole } from '../support/factories.js';
import { call, createTestApp, signIn, systemContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let emails: Record<Role, string>;
let tokens: Record<Role, string>;

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  const users = await buildUserForEveryRole(t.deps, organization.id);
  emails = Object.fromEntries(ROLES.map((r) => [r, users[r].email])) as Record<Role, string>;
  const ctx = systemContext(t.deps, organization.id);
  tokens = {} as Record<Role, string>;
  for (const role of ROLES)
    tokens[role] = (await createToken(ctx, { name: `matrix ${role}`, role })).token;
});
afterAll(() => t.close());

const routes = () => [...declaredRoutes(t.app), ...UNDOCUMENTED_ROUTES];

const RANDOM_ID = '0b9d6c1e-8a52-4c3e-9f0e-2f3b7d1a9c44';
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, RANDOM_ID);
const isDenial = (status: number) => status === 401 || status === 403;

describe('policy table', () => {
  it('every declared route names a declared action, and every action has a route', () => {
    const declared = routes();
    expect(declared.length).toBeGreaterThan(10);
    for (const route of declared) expect(isPolicyAction(route.action), route.path).toBe(true);
    const used = new Set(declared.map((r) => r.action));
    expect(Object.keys(POLICY).filter((a) => !used.has(a as never))).toEqual([]);
  });

  it('every API path the app answers is declared (no undeclared route)', () => {
    const declared = new Set(
      routes().map((r) => `${r.method} ${r.path.replace(/\{([^}]+)\}/g, ':$1')}`),
    );
    const answered = t.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`);
    for (const route of answered) expect(declared.has(route), route).toBe(true);
  });
});

describe('authorisation matrix', () => {
  it('anonymous callers get 401 on every non-public route and never 401/403 on public ones', async () => {
    for (const route of routes()) {
      const response = await call(t, route.method, concrete(route.path), { body: {} });
      const isPublic = POLICY[route.action].scope === 'public';
      expect(
        isPublic ? !isDenial(response.status) : response.status === 401,
        `${route.method} ${route.path}: ${response.status}`,
      ).toBe(true);
    }
  });

  it.each(ROLES)('a signed-in %s is allowed exactly what the policy lists', async (role) => {
    for (const route of routes()) {
      const cookie = await signIn(t, emails[role]);
      const response = await call(t, route.method, concrete(route.path), { cookie, body: {} });
      const entry = POLICY[route.action];
      const allowed = entry.scope === 'public' || (entry.roles as readonly Role[]).includes(role);
      const label = `${role} ${route.method} ${route.path}: ${response.status}`;
      expect(allowed ? !isDenial(response.status) : response.status === 403, label).toBe(true);
    }
  });

  it.each(ROLES)(
    'an API token with role %s is allowed exactly what the policy lists for tokens',
    async (role) => {
      for (const route of routes()) {
        const response = await call(t, route.method, concrete(route.path), {
          bearer: tokens[role],
          body: {},
        });
        const entry: PolicyEntry = POLICY[route.action];
        const allowed =
          entry.scope === 'public' ||
          (entry.tokens &&
            entry.scope !== 'self' &&
            (entry.roles as readonly Role[]).includes(role));
        const label = `token ${role} ${route.method} ${route.path}: ${response.status}`;
        expect(allowed ? !isDenial(response.status) : response.status === 403, label).toBe(true);
      }
    },
  );
});
