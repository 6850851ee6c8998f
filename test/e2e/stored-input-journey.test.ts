/**
 * Text from the public is stored and shown to staff as text, never as markup (SECURITY.md): payloads
 * arrive through the public form, the SMS webhook and a log import, in the narrative and in every
 * free-text field the channel takes; the feedback operator (and the PSEA focal point for what triage
 * sealed) opens the case list, every case, and the "You said, we did" page with its dashboard and
 * composer. No payload may run, open a dialog, trip the CSP or land in the DOM as an element, and
 * each must read as the text it was.
 */
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import enServer from '../../src/server/i18n/messages/en.json' with { type: 'json' };
import { systemActor } from '../../src/core/policy/actor.js';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { findOrganizationByCode } from '../../src/server/repos/organizations.repo.js';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { HAS_CHROMIUM, startApp, type RunningApp } from './browser.js';

/** Each payload, and a version short enough for the 40-character phone field. */
const PAYLOADS = {
  script: ['<script>window.__xss=1</script>', '<script>window.__xss=1</script>'],
  img: ['<img src=x onerror="window.__xss=1">', '<img src=x onerror="window.__xss=1">'],
  svg: ['"><svg onload=window.__xss=1>', '"><svg onload=window.__xss=1>'],
  dialog: ['<details open ontoggle=alert(1)>x</details>', '<details open ontoggle=alert(1)>'],
  link: [
    '<a href="javascript:window.__xss=1">javascript:window.__xss=1</a>',
    'javascript:alert(1)',
  ],
  rtl: ['Invoice \u202Egpj.exe\u202C from the office', '+249\u202E1234\u202C5678'],
  sql: ["Robert'); DROP TABLE feedback_cases;-- 1' OR '1'='1", "1' OR '1'='1'; --"],
} as const;

interface Stored {
  tag: string;
  texts: string[];
  sea: boolean;
}

/** What triage seals in the SEA lane (the wording of the feedback journey). */
const SEA_WORDS = 'The guard at the distribution asked my sister for sex to get the food card.';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';
const stored: Stored[] = [];
const narrativeOf = (tag: string, payload: string) => `${tag} ${payload}`;

/** Posts the public form as a browser without JavaScript would. */
async function postReport(fields: Record<string, string>) {
  const r = await fetch(`${app.baseUrl}/report`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ lang: 'en', org: 'demo', ...fields }).toString(),
  });
  expect(r.status, fields.message).toBe(201);
}

async function submitThroughReport(
  tag: string,
  [long, short]: readonly [string, string],
  sea = false,
) {
  const narrative = narrativeOf(tag, sea ? `${SEA_WORDS} ${long}` : long);
  await postReport({ message: narrative, name: long, phone: short, consent: '1' });
  stored.push({ tag, texts: [narrative, long, short], sea });
}

async function submitThroughSms(
  token: string,
  tag: string,
  [long, short]: readonly [string, string],
  sea = false,
) {
  const text = narrativeOf(tag, sea ? `${SEA_WORDS} ${long}` : long);
  const r = await fetch(`${app.baseUrl}/api/v1/channels/sms/inbound`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id: `stored-input-${tag}`, from: short, text }),
  });
  expect(r.status, await r.clone().text()).toBe(201);
  stored.push({ tag, texts: [text, short], sea });
}

/** A CSV log with one row per payload, imported by the operator from the page. */
async function submitThroughImport(page: Page) {
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
  const rows = Object.entries(PAYLOADS).map(([name, [long, short]]) => {
    const tag = `stored-import-${name}`;
    stored.push({ tag, texts: [narrativeOf(tag, long), short], sea: false });
    return [narrativeOf(tag, long), short, 'yes', 'hotline'].map(quote).join(',');
  });
  const csv = ['narrative,phone,consent,channel', ...rows].join('\r\n');
  const result = await page.evaluate(async (csv) => {
    const body = new FormData();
    body.append('file', new Blob([csv], { type: 'text/csv' }), 'log.csv');
    const r = await fetch('/api/v1/feedback/import', { method: 'POST', body });
    return { status: r.status, json: await r.json() };
  }, csv);
  expect(result).toMatchObject({ status: 200, json: { created: rows.length } });
}

/** Records dialogs and CSP violations of every page of the context. */
async function watchedContext(): Promise<{ context: BrowserContext; dialogs: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    localStorage.setItem('mainstream.language', 'en');
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const dialogs: string[] = [];
  context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    }),
  );
  return { context, dialogs };
}

async function signedIn(email: string) {
  const { context, dialogs } = await watchedContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.getByLabel(en.signIn.email).fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL(/\/framework$/);
  return { context, page, dialogs };
}

/** The staff pages' CSP: scripts from this origin only, no plugins, no framing, no <base>. */
function expectStrictCsp(response: Response | null) {
  const header = response?.headers()['content-security-policy'] ?? '';
  const csp = Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['base-uri']).toEqual(["'self'"]);
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
}

/** Nothing of the payloads ran or became markup; each expected text reads as text. */
async function expectInert(page: Page, texts: string[] = []) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __csp?: string[] };
    const all = [...document.querySelectorAll('*')];
    return {
      xss: w.__xss,
      csp: w.__csp ?? [],
      scripts: [...document.scripts].filter((s) => !s.src || s.textContent?.includes('__xss'))
        .length,
      handlers: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${el.localName}[${a.name}]`),
      ),
      injected: document.querySelectorAll('svg[onload], img[src="x"], details[ontoggle]').length,
      jsUrls: all.filter((el) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href'].some((name) =>
          /^\s*javascript:/i.test(el.getAttribute(name) ?? ''),
        ),
      ).length,
      text: document.body.innerText,
    };
  });
  expect(state.xss).toBeUndefined();
  expect(state.csp).toEqual([]);
  expect(state.scripts).toBe(0);
  expect(state.handlers).toEqual([]);
  expect(state.injected).toBe(0);
  expect(state.jsUrls).toBe(0);
  // Intake drops bidirectional overrides (they make staff pages show text reversed).
  expect(state.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  for (const text of texts) expect(state.text).toContain(text.replace(BIDI_CONTROLS, ''));
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The tagged cases the signed-in user can list. */
async function listStored(page: Page): Promise<{ id: string; narrative: string | null }[]> {
  const list = await page.evaluate(async () =>
    (await fetch('/api/v1/feedback?pageSize=200')).json(),
  );
  return (list.items as { id: string; narrative: string | null }[]).filter((c) =>
    c.narrative?.startsWith('stored-'),
  );
}

/** Opens every listed case that carries one of the stored tags, and checks each. */
async function openEachCase(page: Page, cases: Stored[], screenshot?: string) {
  const listed = await listStored(page);
  for (const item of cases) {
    const found = listed.find((c) => c.narrative!.startsWith(`${item.tag} `));
    expect(found, item.tag).toBeDefined();
    const response = await page.goto(`${app.baseUrl}/feedback/${found!.id}`);
    expectStrictCsp(response);
    await page.getByRole('heading', { name: en.feedback.fields.narrative }).waitFor();
    await page.waitForFunction((tag) => document.body.innerText.includes(tag), item.tag);
    await expectInert(page, item.texts);
    if (item.tag === screenshot) await page.screenshot({ path: `${SHOTS}/${item.tag}.png` });
  }
}

describe.skipIf(!HAS_CHROMIUM)('browser journey: stored public input is shown as text', () => {
  let operator: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    app = await startApp();
    const org = (await findOrganizationByCode(app.t.deps.database.db, 'demo'))!;
    const { token } = await createToken(
      {
        deps: app.t.deps,
        db: app.t.deps.database.db,
        actor: systemActor('e2e', org.id),
        origin: { ip: null, userAgent: null },
        lang: 'en',
      },
      { name: 'SMS gateway', role: 'feedback_operator' },
    );
    for (const [name, payload] of Object.entries(PAYLOADS)) {
      await submitThroughReport(`stored-report-${name}`, payload);
      await submitThroughSms(token, `stored-sms-${name}`, payload);
    }
    await submitThroughReport('stored-report-sea', PAYLOADS.img, true);
    await submitThroughSms(token, 'stored-sms-sea', PAYLOADS.svg, true);
    operator = await signedIn('feedback@demo.mainstream.test');
    await submitThroughImport(operator.page);
  }, 120_000);
  afterAll(async () => {
    await operator?.context.close();
    await app?.close();
  });

  it('echoes a refused public form back as text', { timeout: 60_000 }, async () => {
    const { context, dialogs } = await watchedContext();
    const form = await context.newPage();
    const response = await form.goto(`${app.baseUrl}/report?lang=en&org=demo`);
    expectStrictCsp(response);
    const [long, short] = PAYLOADS.img;
    await form.getByLabel(enServer.report.message).fill(narrativeOf('stored-echo', long));
    await form.getByLabel(enServer.report.name).fill(PAYLOADS.svg[0]);
    await form.getByLabel(enServer.report.phone).fill(short);
    // Contact details without consent: refused, and the form comes back with what was typed.
    await form.getByRole('button', { name: enServer.report.submit }).click();
    await form.getByRole('alert').waitFor();
    await expectInert(form);
    expect(await form.getByLabel(enServer.report.message).inputValue()).toBe(
      narrativeOf('stored-echo', long),
    );
    expect(await form.getByLabel(enServer.report.name).inputValue()).toBe(PAYLOADS.svg[0]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('shows the feedback operator every stored payload as text', { timeout: 180_000 }, async () => {
    const { page, dialogs } = operator;
    const visible = stored.filter((s) => !s.sea);
    expect(visible.length).toBe(Object.keys(PAYLOADS).length * 3);
    // The SEA ones are sealed: the operator cannot list them.
    const listed = await listStored(page);
    expect(listed.length).toBe(visible.length);

    const list = await page.goto(`${app.baseUrl}/feedback`);
    expectStrictCsp(list);
    await page.getByRole('table').first().waitFor();
    await expectInert(page);

    await openEachCase(page, visible, 'stored-report-rtl');

    const updates = await page.goto(`${app.baseUrl}/feedback/updates`);
    expectStrictCsp(updates);
    await page.getByRole('heading', { name: en.feedback.updates.trendsTitle }).waitFor();
    await page.getByRole('button', { name: en.feedback.updates.saveDraft }).waitFor();
    await page.getByText(en.feedback.updates.by.satisfaction).waitFor();
    await expectInert(page);
    expect(dialogs).toEqual([]);
  });

  it('shows the PSEA focal point the sealed payloads as text', { timeout: 60_000 }, async () => {
    const psea = await signedIn('psea@demo.mainstream.test');
    const sealed = stored.filter((s) => s.sea);
    const list = await psea.page.goto(`${app.baseUrl}/feedback`);
    expectStrictCsp(list);
    await psea.page.getByRole('table').first().waitFor();
    await expectInert(psea.page);
    await openEachCase(psea.page, sealed);
    const updates = await psea.page.goto(`${app.baseUrl}/feedback/updates`);
    await psea.page.getByRole('heading', { name: en.feedback.updates.trendsTitle }).waitFor();
    expectStrictCsp(updates);
    await expectInert(psea.page);
    expect(psea.dialogs).toEqual([]);
    await psea.context.close();
  });
});
