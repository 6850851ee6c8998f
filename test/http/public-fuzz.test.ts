/** Fuzzed public input through every public channel: never a 5xx, nothing stored that the schema refuses. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { buildOrganization } from '../support/factories.js';
import {
  call,
  createTestApp,
  systemContext,
  TEST_ORIGIN,
  type TestApp,
} from '../support/test-app.js';

let t: TestApp;
let orgCode: string;
let token: string;

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    "'; DROP TABLE feedback_cases; --",
    '\u202Eevil\u202C',
    'مرحبا \u200F\u200E test',
    '\u0000\u0001\u0007\u001b[31m',
    '𝕊𝕖𝕩 😀'.repeat(50),
    '{"__proto__":{"admin":true}}',
  ),
);

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  orgCode = organization.code;
  token = (
    await createToken(systemContext(t.deps, organization.id), {
      name: 'fuzz',
      role: 'feedback_operator',
    })
  ).token;
});
afterAll(() => t.close());

describe('public channels under fuzzed input', () => {
  it('the /report form never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, nasty, nasty, async (message, name, lang) => {
        const body = new URLSearchParams({
          org: orgCode,
          message,
          name,
          phone: name,
          lang,
          consent: '1',
        }).toString();
        const r = await t.app.request(`${TEST_ORIGIN}/report`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
        expect(r.status).toBeLessThan(500);
        const html = await r.text();
        expect(html).not.toMatch(/<script>alert/);
      }),
      { numRuns: 60 },
    );
  });

  it('the SMS webhook never answers 5xx, whatever the JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.record({ id: nasty, from: nasty, text: nasty })),
        async (value) => {
          const r = await call(t, 'POST', '/api/v1/channels/sms/inbound', {
            bearer: token,
            body: value,
            origin: null,
          });
          expect(r.status).toBeLessThan(500);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a 1 MB body answers 413 on the API and the form, never 5xx', async () => {
    const huge = 'x'.repeat(1024 * 1024 + 10);
    const api = await call(t, 'POST', '/api/v1/channels/sms/inbound', {
      bearer: token,
      rawBody: JSON.stringify({ id: '1', from: '1', text: huge }),
      headers: { 'content-type': 'application/json' },
      origin: null,
    });
    expect(api.status).toBe(413);
    const form = await t.app.request(`${TEST_ORIGIN}/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `org=${orgCode}&message=${huge}`,
    });
    expect(form.status).toBe(413);
  });
});
