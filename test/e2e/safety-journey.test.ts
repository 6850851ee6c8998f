/**
 * A protection officer runs a site safety audit with a photo and a high-risk finding that becomes
 * an action, re-audits and sees the change and the site's trend; the pages have no serious axe
 * violation on a desktop, on a phone and in Arabic.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';
import ar from '../../src/web/i18n/locales/ar.json' with { type: 'json' };
import {
  addAndRemovePhotoByKeyboard,
  editSafetyTemplate,
  reauditAndSeeChange,
  runSafetyAudit,
} from './steps/safety-steps.js';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';

async function signedIn(lang: string, width: number): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('mainstream.language', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.locator('input[type=email]').fill('protection@demo.mainstream.test');
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/framework$/);
  return page;
}

describe.skipIf(!HAS_CHROMIUM)('site safety audit journey', () => {
  let siteUrl = '';
  let auditUrl = '';

  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('runs an audit with a photo and a high finding that becomes an action, then re-audits', async () => {
    const page = await signedIn('en', 1280);
    const first = await runSafetyAudit(page, app.baseUrl);
    siteUrl = first.siteUrl;
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/safety-audit-desktop.png`, fullPage: true });
    const again = await reauditAndSeeChange(page, app.baseUrl, siteUrl);
    auditUrl = again.reauditUrl;
    expect(again.trendRows).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/safety-site-desktop.png`, fullPage: true });
  }, 180_000);

  it('adds a photo to the re-audit and removes it by keyboard, in Arabic on a phone', async () => {
    const phone = await signedIn('ar', 390);
    await phone.goto(auditUrl);
    await phone.locator('tr[data-item="lit-01"], [data-card="lit-01"]').first().waitFor();
    await addAndRemovePhotoByKeyboard(phone, ar.safety);
    expect(await seriousViolations(phone)).toEqual([]);
  }, 120_000);

  it('reads well on a phone and in Arabic, without serious axe violations', async () => {
    const phone = await signedIn('en', 390);
    await phone.goto(`${siteUrl.replace(/\/$/, '')}/audits/new`);
    await phone.locator('fieldset.safety-item').first().waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/safety-form-phone.png` });
    await phone.goto(auditUrl);
    await phone.locator('[data-card="lit-01"]').getByText('Better').waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/safety-reaudit-phone.png`, fullPage: true });
    const arabic = await signedIn('ar', 1280);
    await arabic.goto(`${app.baseUrl}/safety`);
    await arabic.getByRole('heading', { name: 'تدقيقات سلامة المواقع' }).waitFor();
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await seriousViolations(arabic)).toEqual([]);
    await arabic.screenshot({ path: `${SHOTS}/safety-sites-ar.png`, fullPage: true });
    await arabic.goto(auditUrl);
    await arabic.locator('tr[data-item="lit-01"]').getByText('أفضل').waitFor();
    expect(await seriousViolations(arabic)).toEqual([]);
    await arabic.screenshot({ path: `${SHOTS}/safety-audit-ar.png`, fullPage: true });
  }, 180_000);

  it('adds an item to the template in four languages and retires it', async () => {
    const page = await signedIn('en', 390);
    await editSafetyTemplate(page, app.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/safety-template-phone.png` });
  }, 120_000);
});
