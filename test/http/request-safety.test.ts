/** What every request gets, whatever it carries: security headers, size limits, the one error model. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let adminCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  adminCookie = await signIn(
    t,
    (await buildUser(t.deps, organization.id, { role: 'admin' })).email,
  );
});
afterAll(() => t.close());

const REQUIRED_HEADERS: [string, RegExp][] = [
  ['content-security-policy', /script-src 'self'(;|$)/],
  ['content-security-policy', /frame-ancestors 'none'/],
  ['x-content-type-options', /^nosniff$/],
  ['referrer-policy', /^no-referrer$/],
  ['x-frame-options', /^DENY$/],
];

describe('security headers', () => {
  it.each([
    ['GET', '/api/health'],
    ['GET', '/api/v1/me'],
    ['GET', '/api/v1/nothing-here'],
    ['POST', '/api/v1/auth/login'],
    ['GET', '/api/openapi.json'],
  ])('are on %s %s whatever its status', async (method, path) => {
    const response = await call(t, method, path, {
      rawBody: method === 'POST' ? '{' : undefined,
      headers: { 'content-type': 'application/json' },
    });
    for (const [name, pattern] of REQUIRED_HEADERS)
      expect(response.headers.get(name), name).toMatch(pattern);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the error model', () => {
  it('answers malformed JSON with 400 validation_failed and a translated message', async () => {
    const r = await call(t, 'POST', '/api/v1/users', {
      cookie: adminCookie,
      rawBody: '{"email":',
      headers: { 'content-type': 'application/json' },
      lang: 'es',
    });
    expect(r.status).toBe(400);
    const body = await r.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toMatch(/JSON/);
    expect(body.error.message).toMatch(/solicitud/);
  });

  it('answers a body over 1 MB with 413 and writes nothing', async () => {
    const before = (await (await call(t, 'GET', '/api/v1/users', { cookie: adminCookie })).json())
      .total;
    const huge = JSON.stringify({
      email: 'big@example.org',
      name: 'x'.repeat(1_100_000),
      role: 'viewer',
      password: 'long enough pass',
    });
    const r = await call(t, 'POST', '/api/v1/users', {
      cookie: adminCookie,
      rawBody: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(r.status).toBe(413);
    expect((await r.json()).error.code).toBe('payload_too_large');
    expect(
      (await (await call(t, 'GET', '/api/v1/users', { cookie: adminCookie })).json()).total,
    ).toBe(before);
  });

  it('answers an unknown API path with 404 in the error model', async () => {
    const r = await call(t, 'GET', '/api/v1/does-not-exist', { cookie: adminCookie });
    expect(r.status).toBe(404);
    expect((await r.json()).error.code).toBe('not_found');
  });

  it.each(['en', 'fr', 'es', 'ar'])('speaks %s when asked', async (lang) => {
    const r = await call(t, 'GET', '/api/v1/me', { lang });
    const messages: Record<string, RegExp> = {
      en: /Sign in/,
      fr: /Connectez-vous/,
      es: /Inicie sesión/,
      ar: /سجّل الدخول/,
    };
    expect((await r.json()).error.message).toMatch(messages[lang]!);
  });

  it('never shows stacks or SQL to the client', async () => {
    const r = await call(t, 'GET', '/api/v1/users?page=0', { cookie: adminCookie });
    expect(r.status).toBe(400);
    expect(await r.text()).not.toMatch(/at .*\.ts:|select |stack/i);
  });
});

describe('GET /api/health and /api/openapi.json', () => {
  it('reports the database kind and version', async () => {
    const r = await call(t, 'GET', '/api/health');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok', database: t.database.kind, version: 'test' });
  });

  it('publishes an OpenAPI 3.1 document generated from the validation schemas', async () => {
    const doc = await (await call(t, 'GET', '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/framework']),
    );
    const login =
      doc.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema;
    expect(login.required).toEqual(expect.arrayContaining(['email', 'password']));
    expect(login.additionalProperties).toBe(false);
  });
});

describe('GET /api/v1/framework', () => {
  it.each(['en', 'fr', 'es', 'ar'] as const)(
    'answers the framework in %s with the DOMAIN codes',
    async (lang) => {
      const r = await call(t, 'GET', `/api/v1/framework?lang=${lang}`);
      expect(r.status).toBe(200);
      const framework = await r.json();
      expect(framework.lang).toBe(lang);
      expect(framework.principles.map((p: { code: string }) => p.code)).toEqual([
        'safety_dignity',
        'meaningful_access',
        'accountability',
        'participation_empowerment',
      ]);
      expect(framework.phases.map((p: { code: string }) => p.code)).toEqual([
        'design',
        'endorsement',
        'implementation',
        'evaluation',
      ]);
      expect(framework.sectors).toHaveLength(15);
      expect(framework.glossary.length).toBeGreaterThanOrEqual(30);
    },
  );

  it('answers 400 for an unsupported language', async () => {
    const r = await call(t, 'GET', '/api/v1/framework?lang=de');
    expect(r.status).toBe(400);
    expect((await r.json()).error.details.fields[0].path).toBe('lang');
  });
});
