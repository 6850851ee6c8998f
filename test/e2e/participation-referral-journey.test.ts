/**
 * Issue 6 as people live it, in one run: a protection officer records a consultation with
 * participants by group and links its decision to a project (and sees it in the project's
 * participation chart); runs a site safety audit with a photo and a high-risk finding that becomes
 * an action, re-audits and sees the change; refers a feedback case, reported through the public
 * form, to a GBV service found in the directory, with the person's consent, and sees the follow-up
 * due; prints the referral pathway in Spanish.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import en from '../../src/server/i18n/messages/en.json' with { type: 'json' };
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';
import { recordConsultation, seeParticipationChart } from './steps/participation-steps.js';
import { reauditAndSeeChange, runSafetyAudit } from './steps/safety-steps.js';
import {
  DEMO_GBV_SERVICE,
  findGbvService,
  printPathwayInSpanish,
  referWithConsent,
  seeFollowUpsDue,
  startCaseReferral,
} from './steps/services-steps.js';

let app: RunningApp;

async function signedIn(email: string): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('mainstream.language', 'en'));
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/framework$/);
  return page;
}

/** A request for assistance through the public form, as a community member would send it. */
async function reportThroughPublicForm(): Promise<void> {
  const visitor = await app.browser.newContext({ viewport: { width: 390, height: 800 } });
  const form = await visitor.newPage();
  await form.goto(`${app.baseUrl}/report?lang=en&org=demo`);
  await form
    .getByLabel(en.report.message)
    .fill('My neighbour needs a safe place to stay and someone to talk to after violence at home.');
  await form.getByRole('button', { name: en.report.submit }).click();
  await form.locator('.receipt').waitFor();
  await visitor.close();
}

describe.skipIf(!HAS_CHROMIUM)('participation, safety and referral journey', () => {
  beforeAll(async () => {
    app = await startApp();
  }, 180_000);
  afterAll(() => app?.close());

  it('consults, audits and re-audits a site, refers a case with consent, prints the pathway', async () => {
    const page = await signedIn('protection@demo.mainstream.test');

    const consultation = await recordConsultation(page, app.baseUrl);
    await seeParticipationChart(page, app.baseUrl, consultation);
    expect(await seriousViolations(page)).toEqual([]);

    const audit = await runSafetyAudit(page, app.baseUrl);
    const reaudit = await reauditAndSeeChange(page, app.baseUrl, audit.siteUrl);
    expect(reaudit.trendRows).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);

    await reportThroughPublicForm();
    const cases = await page.request.get(`${app.baseUrl}/api/v1/feedback?channel=web`);
    const caseId = ((await cases.json()) as { items: { id: string }[] }).items[0]!.id;
    const { startPath } = await startCaseReferral(page, app.baseUrl, caseId);
    await findGbvService(page, app.baseUrl, 'SD0101', startPath);
    const followUpOn = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await referWithConsent(page, followUpOn);
    const referrals = await page.request.get(
      `${app.baseUrl}/api/v1/referrals?feedbackCaseId=${caseId}`,
    );
    const made = ((await referrals.json()) as { items: { service: { name: string } }[] }).items;
    expect(made.map((r) => r.service.name)).toEqual([DEMO_GBV_SERVICE]);
    await seeFollowUpsDue(page);
    expect(await seriousViolations(page)).toEqual([]);

    const { pages } = await printPathwayInSpanish(page, app.baseUrl);
    expect(pages).toBe(1);
    expect(await page.getByText(DEMO_GBV_SERVICE).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  }, 300_000);
});
