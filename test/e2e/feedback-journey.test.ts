/**
 * The feedback loop as people live it: a community member writes in Arabic on the public form and
 * keeps a receipt; an operator acknowledges, answers and closes; an SEA message arriving by SMS is
 * visible to the PSEA focal point only; the dashboard shows counts with suppression for viewers.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import arServer from '../../src/server/i18n/messages/ar.json' with { type: 'json' };
import { systemActor } from '../../src/core/policy/actor.js';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { findOrganizationByCode } from '../../src/server/repos/organizations.repo.js';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('mainstream.language', 'en'));
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.getByLabel(en.signIn.email).fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL(/\/framework$/);
  return { context, page };
}

/** Calls the API from the signed-in page (cookie and Origin as the browser sends them). */
function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const r = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: r.status,
        json: r.headers.get('content-type')?.includes('json') ? await r.json() : null,
      };
    },
    { method, path, body },
  );
}

describe.skipIf(!HAS_CHROMIUM)(
  'browser journey: public form, operator, SEA lane, dashboard',
  () => {
    beforeAll(async () => {
      app = await startApp();
    });
    afterAll(() => app?.close());

    it('runs the feedback loop and keeps SEA reports sealed', { timeout: 120_000 }, async () => {
      // A community member, on a phone, in Arabic, without an account.
      const visitor = await app.browser.newContext({ viewport: { width: 360, height: 780 } });
      const form = await visitor.newPage();
      await form.goto(`${app.baseUrl}/report?lang=ar&org=demo`);
      expect(await form.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await seriousViolations(form)).toEqual([]);
      await form
        .getByLabel(arServer.report.message)
        .fill('المياه في النقطة الثالثة غير نظيفة منذ أسبوع.');
      await form.getByRole('button', { name: arServer.report.submit }).click();
      const receipt = (await form.locator('.receipt').textContent())!.trim();
      expect(receipt).toMatch(/^[A-Z2-9]{10}$/);
      await form.screenshot({ path: `${SHOTS}/report-receipt-ar-phone.png` });

      // The operator finds it, acknowledges it in the page, answers and closes it.
      const operator = await signedIn('feedback@demo.mainstream.test');
      const list = (await api(operator.page, 'GET', '/api/v1/feedback?channel=web')).json as {
        items: { id: string; version: number }[];
      };
      const web = list.items[0]!;
      await operator.page.goto(`${app.baseUrl}/feedback/${web.id}`);
      await operator.page.getByRole('button', { name: en.feedback.moveTo.acknowledged }).click();
      await operator.page.getByText(en.feedback.status.acknowledged).first().waitFor();
      expect(await seriousViolations(operator.page)).toEqual([]);
      let current = (await api(operator.page, 'GET', `/api/v1/feedback/${web.id}`)).json as {
        version: number;
        status: string;
      };
      expect(current.status).toBe('acknowledged');
      current = (
        await api(operator.page, 'PATCH', `/api/v1/feedback/${web.id}`, {
          status: 'in_progress',
          version: current.version,
        })
      ).json as typeof current;
      current = (
        await api(operator.page, 'PATCH', `/api/v1/feedback/${web.id}`, {
          status: 'responded',
          reply: 'The water point was chlorinated and the tank cleaned.',
          version: current.version,
        })
      ).json as typeof current;
      current = (
        await api(operator.page, 'PATCH', `/api/v1/feedback/${web.id}`, {
          status: 'closed',
          version: current.version,
        })
      ).json as typeof current;
      expect(current.status).toBe('closed');
      await form.goto(`${app.baseUrl}/report/status?lang=ar&receipt=${receipt}`);
      expect(await form.textContent('main')).toContain(arServer.report.status.answered);

      // An SEA report by SMS: sealed for everyone but the PSEA focal point.
      const org = (await findOrganizationByCode(app.t.deps.database.db, 'demo'))!;
      const ctx = {
        deps: app.t.deps,
        db: app.t.deps.database.db,
        actor: systemActor('e2e', org.id),
        origin: { ip: null, userAgent: null },
        lang: 'en' as const,
      };
      const { token } = await createToken(ctx, { name: 'RapidPro', role: 'feedback_operator' });
      const sms = await fetch(`${app.baseUrl}/api/v1/channels/sms/inbound`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          id: 'sms-e2e-1',
          from: '+249911111111',
          text: 'The guard at the distribution asked my sister for sex to get the food card.',
        }),
      });
      expect(sms.status).toBe(201);
      const { caseId } = (await sms.json()) as { caseId: string };
      expect((await api(operator.page, 'GET', `/api/v1/feedback/${caseId}`)).status).toBe(404);
      const manager = await signedIn('manager.sudan@demo.mainstream.test');
      expect((await api(manager.page, 'GET', `/api/v1/feedback/${caseId}`)).status).toBe(404);
      const viewer = await signedIn('viewer@demo.mainstream.test');
      expect((await api(viewer.page, 'GET', '/api/v1/feedback')).status).toBe(403);
      const psea = await signedIn('psea@demo.mainstream.test');
      await psea.page.goto(`${app.baseUrl}/feedback/${caseId}`);
      await psea.page.getByText('food card').first().waitFor();
      expect(await seriousViolations(psea.page)).toEqual([]);
      await psea.page.screenshot({ path: `${SHOTS}/feedback-sea-psea.png` });

      // The dashboard: counts for staff; suppression and no SEA itemised for viewers.
      const dashboard = (await api(viewer.page, 'GET', '/api/v1/feedback-dashboard')).json as {
        suppressed: boolean;
        seaCases: number | null;
      };
      expect(dashboard.suppressed).toBe(true);
      expect(dashboard.seaCases).toBeNull();
      for (const c of [visitor, operator.context, manager.context, viewer.context, psea.context])
        await c.close();
    });
  },
);
