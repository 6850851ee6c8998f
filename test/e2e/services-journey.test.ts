/**
 * A protection officer finds a GBV service in the directory, refers a person with consent, sees the
 * follow-up due, and prints the referral pathway in Spanish on one page; no serious axe violation,
 * in English and Arabic, on a phone and a desktop.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';
import {
  acceptReferral,
  completeReferralByKeyboard,
  editServiceAfterConflict,
  importHsdsZip,
  retireService,
  saveReferralAfterConflict,
  findGbvService,
  markStaleServiceVerified,
  printPathwayInSpanish,
  referWithConsent,
  seeFollowUpsDue,
} from './steps/services-steps.js';

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

describe.skipIf(!HAS_CHROMIUM)('service directory and referral journey', () => {
  beforeAll(async () => {
    app = await startApp();
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 180_000);
  afterAll(() => app?.close());

  it('finds a GBV service, refers with consent, sees the follow-up due, prints the pathway in Spanish', async () => {
    const page = await signedIn('en', 1280);
    await findGbvService(page, app.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await referWithConsent(page, tomorrow);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/services-referrals-en-1280.png`, fullPage: true });
    await seeFollowUpsDue(page);
    const { pdf, pages } = await printPathwayInSpanish(page, app.baseUrl);
    fs.writeFileSync(`${SHOTS}/services-pathway-es.pdf`, pdf);
    expect(pages).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/services-pathway-es-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);

  it('edits a service through a stale version, marks a stale one verified, accepts a referral and saves it through a stale version', async () => {
    const page = await signedIn('en', 1280);
    await findGbvService(page, app.baseUrl);
    const { serviceUrl } = await editServiceAfterConflict(
      page,
      'Sunday to Thursday, 8:00 to 16:00',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByRole('button', { name: 'Save the service' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/services-edit-en-1280.png`, fullPage: true });
    await markStaleServiceVerified(page, app.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/services-verified-en-1280.png`, fullPage: true });
    await retireService(page, 'Step-free entrance; sign language interpreter on Tuesdays');
    expect(await seriousViolations(page)).toEqual([]);
    await findGbvService(page, app.baseUrl);
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    await referWithConsent(page, day(2));
    const { referralUrl } = await acceptReferral(page, app.baseUrl, day(2), day(9));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/services-referral-en-1280.png`, fullPage: true });
    for (const [lang, width] of [
      ['ar', 390],
      ['en', 390],
    ] as const) {
      const other = await signedIn(lang, width);
      await other.goto(referralUrl);
      await other.locator('main h1').first().waitFor();
      await other.waitForLoadState('networkidle');
      await other.screenshot({
        path: `${SHOTS}/services-referral-${lang}-${width}.png`,
        fullPage: true,
      });
      expect(await seriousViolations(other)).toEqual([]);
      await other.goto(`${serviceUrl}/edit`);
      await other.getByRole('button', { name: /./ }).last().waitFor();
      await other.waitForLoadState('networkidle');
      await other.screenshot({
        path: `${SHOTS}/services-edit-${lang}-${width}.png`,
        fullPage: true,
      });
      expect(await seriousViolations(other)).toEqual([]);
    }
    await page.goto(referralUrl);
    await saveReferralAfterConflict(page, 'Intake done; safety plan agreed');
    await completeReferralByKeyboard(page);
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);

  it('imports an HSDS package as a ZIP: checked, then imported, then found', async () => {
    const page = await signedIn('en', 1280);
    await importHsdsZip(page, app.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${app.baseUrl}/directory`);
    await page.getByRole('heading', { name: en.directory.hsdsImport.title }).waitFor();
    await page.screenshot({ path: `${SHOTS}/services-hsds-import.png`, fullPage: true });
  }, 120_000);

  it.each([
    ['en', 390, '/directory?type=gbv'],
    ['ar', 390, '/directory?type=gbv'],
    ['ar', 1280, '/referrals'],
    ['es', 390, '/directory/pathway?place=SD0101&type=gbv'],
  ])(
    'shows the %s pages at %i px without serious violations (%s)',
    async (lang, width, path) => {
      const page = await signedIn(lang, width);
      await page.goto(`${app.baseUrl}${path}`);
      await page.locator('main h1, main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
      const name = path.replace(/[^a-z]+/g, '-');
      await page.screenshot({
        path: `${SHOTS}/services${name}${lang}-${width}.png`,
        fullPage: true,
      });
      if (lang === 'ar')
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await seriousViolations(page)).toEqual([]);
    },
    60_000,
  );
});
