import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { findOrganizationByCode } from '../../src/server/repos/organizations.repo.js';
import { rotateWebhookSecret } from '../../src/server/services/webhook-secrets.service.js';
import { signWebhook } from '../../src/server/security/webhook-signature.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import {
  call,
  createTestApp,
  signIn,
  systemContext,
  TEST_ORIGIN,
  type TestApp,
} from '../support/test-app.js';

let t: TestApp;
let orgCode: string;
let smsToken: string;
const cookies: Partial<Record<Role | 'other', string>> = {};
const SEA_TEXT =
  'The man from the distribution team said I would get food only if I had sex with him.';
const CANARY_PHONE = '+249 912 000 111';
const CANARY_NAME = 'Canary Halima Osman';

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  orgCode = organization.code;
  for (const role of [
    'feedback_operator',
    'psea_focal_point',
    'project_manager',
    'viewer',
    'protection_officer',
    'admin',
  ] as Role[]) {
    cookies[role] = await signIn(t, (await buildUser(t.deps, organization.id, { role })).email);
  }
  const other = await buildOrganization(t.deps);
  cookies.other = await signIn(
    t,
    (await buildUser(t.deps, other.organization.id, { role: 'psea_focal_point' })).email,
  );
  smsToken = (
    await createToken(systemContext(t.deps, organization.id), {
      name: 'RapidPro',
      role: 'feedback_operator',
    })
  ).token;
});
afterAll(() => t.close());

const intake = (body: Record<string, unknown>, cookie = cookies.feedback_operator, key?: string) =>
  call(t, 'POST', '/api/v1/feedback', {
    cookie,
    body,
    headers: key ? { 'idempotency-key': key } : {},
  });

const hotline = (narrative: string, extra: Record<string, unknown> = {}) => ({
  channel: 'hotline',
  narrative,
  language: 'en',
  ...extra,
});

describe('operator intake', () => {
  it('logs a case once per idempotency key and refuses the key for another body', async () => {
    const key = 'tablet-7-000123';
    const first = await intake(
      hotline('The water point queue is too long in block C.'),
      cookies.feedback_operator,
      key,
    );
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({
      status: 'received',
      sensitivity: 'non_sensitive',
      narrative: 'The water point queue is too long in block C.',
    });
    const retry = await intake(
      hotline('The water point queue is too long in block C.'),
      cookies.feedback_operator,
      key,
    );
    expect(retry.status).toBe(200);
    expect((await retry.json()).id).toBe(created.id);
    expect(
      (await intake(hotline('Something else entirely here.'), cookies.feedback_operator, key))
        .status,
    ).toBe(409);
  });

  it('rejects bad input naming the field, and contact details without consent', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: 'pigeon', narrative: 'x' }, 'channel'],
      [hotline(''), 'narrative'],
      [hotline('Fine', { contact: { phone: '123' } }), 'contact'],
      [hotline('Fine', { submitter: { age: 130 } }), 'submitter.age'],
      [
        hotline('Fine', { submitter: { washingtonGroup: { seeing: 5 } } }),
        'submitter.washingtonGroup.seeing',
      ],
      [hotline('Fine', { status: 'closed' }), 'status'],
    ];
    for (const [body, path] of cases) {
      const r = await intake(body);
      expect(r.status, path).toBe(400);
      expect((await r.json()).error.details.fields.map((f: { path: string }) => f.path)).toContain(
        path,
      );
    }
    expect((await intake(hotline('x'), cookies.viewer)).status).toBe(403);
    expect((await call(t, 'POST', '/api/v1/feedback', { body: hotline('x') })).status).toBe(401);
  });
});

describe('the SEA lane', () => {
  let seaId: string;

  it('gives the operator only a receipt when triage finds likely SEA, and hides the case from everyone but PSEA', async () => {
    const r = await intake(
      hotline(SEA_TEXT, {
        consentToContact: true,
        contact: { name: CANARY_NAME, phone: CANARY_PHONE },
      }),
    );
    expect(r.status).toBe(201);
    const receipt = await r.json();
    expect(receipt).toMatchObject({
      id: null,
      restricted: true,
      receipt: expect.stringMatching(/^[A-Z2-9]{10}$/),
    });
    const psea = await (
      await call(t, 'GET', '/api/v1/feedback?sensitivity=sea', { cookie: cookies.psea_focal_point })
    ).json();
    const found = psea.items.find((c: { reference: string }) => c.reference === receipt.reference);
    expect(found).toMatchObject({
      sensitivity: 'sea',
      narrative: SEA_TEXT,
      contact: { phone: CANARY_PHONE },
    });
    seaId = found.id;
    for (const role of ['feedback_operator', 'project_manager', 'protection_officer'] as Role[]) {
      const list = await (
        await call(t, 'GET', '/api/v1/feedback?pageSize=200', { cookie: cookies[role] })
      ).json();
      expect(
        list.items.map((c: { id: string }) => c.id),
        role,
      ).not.toContain(seaId);
      expect(
        (await call(t, 'GET', `/api/v1/feedback/${seaId}`, { cookie: cookies[role] })).status,
        role,
      ).toBe(404);
    }
    expect(
      (await call(t, 'GET', `/api/v1/feedback/${seaId}`, { cookie: cookies.other })).status,
    ).toBe(404);
    expect((await call(t, 'GET', '/api/v1/feedback', { cookie: cookies.viewer })).status).toBe(403);
    expect((await call(t, 'GET', '/api/v1/feedback', { cookie: cookies.admin })).status).toBe(403);
  });

  it('audits every PSEA read and only a PSEA focal point reclassifies, with a reason', async () => {
    const read = await call(t, 'GET', `/api/v1/feedback/${seaId}`, {
      cookie: cookies.psea_focal_point,
    });
    expect(read.status).toBe(200);
    const { version } = await read.json();
    const rows = (await t.database.db.execute(
      sql`select action, details from audit_log where target_id = ${seaId}`,
    )) as unknown as { rows: { action: string }[] };
    expect(rows.rows.map((r) => r.action)).toContain('feedback.read');
    const noReason = await call(t, 'PATCH', `/api/v1/feedback/${seaId}`, {
      cookie: cookies.psea_focal_point,
      body: { sensitivity: 'sensitive', version },
    });
    expect(noReason.status).toBe(400);
    const ok = await call(t, 'PATCH', `/api/v1/feedback/${seaId}`, {
      cookie: cookies.psea_focal_point,
      body: {
        sensitivity: 'sensitive',
        reason: 'Reviewed: a fraud allegation, not SEA; refer to the ethics office.',
        version,
      },
    });
    expect(ok.status).toBe(200);
    expect(
      (await call(t, 'GET', `/api/v1/feedback/${seaId}`, { cookie: cookies.feedback_operator }))
        .status,
    ).toBe(200);
  });

  it('never writes the complainant’s name or phone to the audit trail or error bodies', async () => {
    const dump = JSON.stringify(await t.database.db.execute(sql`select * from audit_log`));
    expect(dump).not.toContain(CANARY_PHONE);
    expect(dump).not.toContain('Halima');
    const bad = await intake(hotline('x', { contact: { phone: CANARY_PHONE } }));
    expect(await bad.text()).not.toContain(CANARY_PHONE);
    const stored = JSON.stringify(await t.database.db.execute(sql`select * from feedback_cases`));
    expect(stored).not.toContain(CANARY_PHONE);
    expect(stored).not.toContain('sex with him');
  });
});

describe('workflow', () => {
  it('acknowledges, progresses, answers and closes; refuses jumps and stale versions; hides narratives by role', async () => {
    const created = await (
      await intake(
        hotline('The staff at the registration desk were rude and made us wait all day.', {
          sensitivity: 'sensitive',
        }),
      )
    ).json();
    const move = (body: Record<string, unknown>, cookie = cookies.feedback_operator) =>
      call(t, 'PATCH', `/api/v1/feedback/${created.id}`, { cookie, body });
    const jump = await move({ status: 'closed', version: created.version });
    expect(jump.status).toBe(409);
    let current = await (await move({ status: 'acknowledged', version: created.version })).json();
    expect(current.acknowledgedAt).not.toBeNull();
    expect((await move({ status: 'in_progress', version: created.version })).status).toBe(409);
    current = await (
      await move({
        status: 'in_progress',
        note: 'Called the site manager.',
        version: current.version,
      })
    ).json();
    current = await (
      await move({
        status: 'responded',
        reply: 'We spoke to the team; the staff member was warned.',
        version: current.version,
      })
    ).json();
    current = await (await move({ status: 'closed', version: current.version })).json();
    expect(current.status).toBe('closed');
    const notes = await (
      await call(t, 'GET', `/api/v1/feedback/${created.id}/notes`, {
        cookie: cookies.feedback_operator,
      })
    ).json();
    expect(notes.items.map((n: { kind: string; text: string }) => [n.kind, n.text])).toEqual([
      ['note', 'Called the site manager.'],
      ['reply', 'We spoke to the team; the staff member was warned.'],
    ]);
    expect(
      (
        await call(t, 'GET', `/api/v1/feedback/${created.id}/notes`, {
          cookie: cookies.project_manager,
        })
      ).status,
    ).toBe(403);
    const rated = await move({
      satisfaction: 4,
      replyChannel: 'hotline',
      version: current.version,
    });
    expect(await rated.json()).toMatchObject({ satisfaction: 4, replyChannel: 'hotline' });
    const badAssignee = await move({
      assignedTo: '0b9d6c1e-8a52-4c3e-9f0e-2f3b7d1a9c44',
      version: current.version + 1,
    });
    expect(badAssignee.status).toBe(400);
    const asManager = await (
      await call(t, 'GET', `/api/v1/feedback/${created.id}`, { cookie: cookies.project_manager })
    ).json();
    expect(asManager.narrative).toBeNull();
    expect(
      (await move({ status: 'in_progress', version: current.version }, cookies.project_manager))
        .status,
    ).toBe(403);
  });
});

describe('SMS webhook', () => {
  const sms = (body: Record<string, unknown>, bearer: string | undefined = smsToken) =>
    call(t, 'POST', '/api/v1/channels/sms/inbound', { bearer, body, origin: null });

  it('logs a message, answers a retry with the same case, accepts the RapidPro shape', async () => {
    const first = await sms({
      id: 'msg-1',
      from: '+249900000001',
      text: 'When is the next distribution?',
    });
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toMatchObject({ caseId: expect.any(String), receipt: expect.any(String) });
    const retry = await sms({
      id: 'msg-1',
      from: '+249900000001',
      text: 'When is the next distribution?',
    });
    expect(retry.status).toBe(200);
    expect((await retry.json()).caseId).toBe(body.caseId);
    const rapid = await sms({
      contact: { uuid: 'c-1', urn: 'tel:+23560000001', name: 'X' },
      run: { uuid: 'run-1' },
      flow: { uuid: 'f' },
      input: { text: 'Merci pour les kits', urn: 'tel:+23560000001', uuid: 'in-1' },
    });
    expect(rapid.status).toBe(201);
  });

  it('turns 1,000 calls of which 300 are retries into exactly 700 cases', async () => {
    const before = Number(
      (
        (await t.database.db.execute(
          sql`select count(*)::int as n from feedback_cases where channel = 'sms'`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n,
    );
    const ids = Array.from({ length: 700 }, (_, i) => `bulk-${i}`);
    const calls = [...ids, ...ids.slice(0, 300)].sort(() => Math.random() - 0.5);
    for (let i = 0; i < calls.length; i += 25) {
      const batch = calls
        .slice(i, i + 25)
        .map((id) => sms({ id, from: '+249900000002', text: `Message ${id}` }));
      for (const r of await Promise.all(batch)) expect([200, 201]).toContain(r.status);
    }
    const after = Number(
      (
        (await t.database.db.execute(
          sql`select count(*)::int as n from feedback_cases where channel = 'sms'`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n,
    );
    expect(after - before).toBe(700);
  }, 120_000);

  it('writes concurrent messages together: text kept, overrides dropped, one audit entry per case, SEA notices', async () => {
    const tricky = [
      'comma, "quotes", {braces}, back\\slash and NULL',
      'NULL',
      'عندي سؤال عن التوزيع، متى؟ \u202Eright-to-left override',
      "O'Brien said: 50% of the tents; DROP TABLE feedback_cases;--",
      'emoji 👩🏽‍🦯 and a line\nbreak\ttab',
    ];
    const calls = tricky.map((text, i) =>
      sms({ id: `tricky-${i}`, from: `+24990000${i}`, text: `${text} (${i})` }),
    );
    calls.push(sms({ id: 'tricky-sea', from: '+249900000099', text: SEA_TEXT }));
    const answers = await Promise.all(calls);
    expect(answers.map((r) => r.status)).toEqual(tricky.map(() => 201).concat(201));
    const ids = (await Promise.all(answers.map((r) => r.json()))).map(
      (b: { caseId: string }) => b.caseId,
    );
    for (const [i, text] of tricky.entries()) {
      const read = await call(t, 'GET', `/api/v1/feedback/${ids[i]}`, {
        cookie: cookies.feedback_operator,
      });
      expect(read.status).toBe(200);
      const body = await read.json();
      // Bidirectional overrides are dropped at intake; everything else is kept as sent.
      expect(body.narrative).toBe(`${text.replace('\u202E', '')} (${i})`);
      expect(body.contact).toEqual({ phone: `+24990000${i}` });
    }
    const audits = (await t.database.db.execute(
      sql`select target_id from audit_log where action = 'feedback.create' and target_id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )) as unknown as { rows: { target_id: string }[] };
    expect(audits.rows.map((r) => r.target_id).sort()).toEqual([...ids].sort());
    const notices = (await t.database.db.execute(
      sql`select count(*)::int as n from notifications where target_id = ${ids.at(-1)!}`,
    )) as unknown as { rows: { n: number }[] };
    expect(notices.rows[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('answers 401 without a token, 400 for a bad body, 403 for a token of another role', async () => {
    expect(
      (
        await call(t, 'POST', '/api/v1/channels/sms/inbound', {
          body: { id: 'x', from: '1', text: 'hi' },
          origin: null,
        })
      ).status,
    ).toBe(401);
    expect((await sms({ id: '', from: '1' })).status).toBe(400);
    const viewerToken = (
      await (
        await call(t, 'POST', '/api/v1/api-tokens', {
          cookie: cookies.admin,
          body: { name: 'v', role: 'viewer' },
        })
      ).json()
    ).token;
    expect((await sms({ id: 'y', from: '1', text: 'hi' }, viewerToken)).status).toBe(403);
  });
});

describe('signed webhooks', () => {
  it('accepts an HMAC-signed call for the organisation, refuses a bad or stale signature', async () => {
    const org = (await findOrganizationByCode(t.database.db, orgCode))!;
    const secret = await rotateWebhookSecret(systemContext(t.deps, org.id), org.id);
    const body = JSON.stringify({
      id: 'signed-1',
      from: '+249900000003',
      text: 'Is the clinic open on Friday?',
    });
    const send = (timestamp: number, signature: string) =>
      t.app.request(`${TEST_ORIGIN}/api/v1/channels/sms/inbound?org=${orgCode}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-mainstream-timestamp': String(timestamp),
          'x-mainstream-signature': signature,
        },
        body,
      });
    const now = Math.floor(t.clock.now.getTime() / 1000);
    expect((await send(now, signWebhook(secret, now, body))).status).toBe(201);
    expect((await send(now, signWebhook('wrong', now, body))).status).toBe(401);
    expect((await send(now - 600, signWebhook(secret, now - 600, body))).status).toBe(401);
  });
});

describe('public form /report', () => {
  const form = (fields: Record<string, string>) =>
    t.app.request(`${TEST_ORIGIN}/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ org: orgCode, ...fields }).toString(),
    });

  it('serves a plain HTML form under 50 KB in four languages, Arabic right to left', async () => {
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const r = await call(t, 'GET', `/report?lang=${lang}&org=${orgCode}`);
      expect(r.status).toBe(200);
      const html = await r.text();
      expect(Buffer.byteLength(html)).toBeLessThan(50 * 1024);
      expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(html).not.toMatch(/<script/i);
    }
  });

  it('takes a message, gives a receipt, and the status page tells only whether an answer is ready', async () => {
    const r = await form({
      message: 'شكراً على المساعدة <script>alert(1)</script>',
      lang: 'ar',
      sex: 'female',
      age: '60+',
    });
    expect(r.status).toBe(201);
    const receipt = (await r.text()).match(/class="receipt">([A-Z2-9]{10})</)?.[1];
    expect(receipt).toBeDefined();
    const status = await (await call(t, 'GET', `/report/status?receipt=${receipt}&lang=en`)).text();
    expect(status).toContain('waiting to be looked at');
    expect(status).not.toContain('alert(1)');
    expect((await call(t, 'GET', '/report/status?receipt=NOTAREALONE')).status).toBe(404);
  });

  it('refuses an empty message, keeps what was typed escaped, drops honeypot submissions', async () => {
    const empty = await form({ message: '', name: '<b>x</b>' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('&lt;b&gt;x&lt;/b&gt;');
    const before = (
      (await t.database.db.execute(
        sql`select count(*)::int as n from feedback_cases where channel = 'web'`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n;
    const bot = await form({ message: 'buy cheap watches', website: 'http://spam.example' });
    expect(bot.status).toBe(200);
    const after = (
      (await t.database.db.execute(
        sql`select count(*)::int as n from feedback_cases where channel = 'web'`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n;
    expect(after).toBe(before);
  });
});
