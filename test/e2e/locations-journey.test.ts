/** The gazetteer in a browser: drill down, search in Arabic, a refused file, a checked import. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';

let app: RunningApp;
beforeAll(async () => {
  if (HAS_CHROMIUM) app = await startApp();
}, 300_000);
afterAll(() => app?.close());

const SHOTS = process.env.SCREENSHOT_DIR;

async function signedIn(email: string, lang: 'en' | 'ar', width: number): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('mainstream.language', l), lang);
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/framework$/);
  return page;
}

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
}

describe.skipIf(!HAS_CHROMIUM)('places', () => {
  it('drills down from the country to admin3 and refuses a damaged file by line and column', async () => {
    const page = await signedIn('me@demo.mainstream.test', 'en', 1280);
    await page.getByRole('link', { name: 'Places' }).click();
    await page.getByRole('button', { name: /Open Sudan/ }).click();
    await page.getByRole('button', { name: /Open North Darfur/ }).click();
    await page.getByRole('button', { name: /Open El Fasher/ }).click();
    await expect.poll(() => page.getByText('Zamzam').count()).toBe(1);
    await expect
      .poll(() => page.getByRole('navigation', { name: /hierarchy/ }).innerText())
      .toMatch(/All countries.*Sudan.*North Darfur.*El Fasher/s);
    await shoot(page, 'locations-en-1280-drill');

    await page
      .locator('input[type=file]')
      .setInputFiles('test/fixtures/formats/cod-ab-lossy-encoding-sample.csv');
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problems = page.getByRole('region', { name: 'Problems of the file' });
    await expect.poll(() => problems.innerText()).toMatch(/admin0Name_ar.*wrong encoding/s);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await shoot(page, 'locations-en-1280-problems');

    await page.locator('input[type=file]').setInputFiles('content/demo/sdn-gazetteer.csv');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/Unchanged: 32/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('The gazetteer was imported').count()).toBe(1);
    await page.context().close();
  }, 180_000);

  it('searches in Arabic on a phone, right to left, and shows viewers no import', async () => {
    const page = await signedIn('viewer@demo.mainstream.test', 'ar', 360);
    await page.goto(`${app.baseUrl}/locations`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('input[type=file]').count()).toBe(0);
    await shoot(page, 'locations-ar-360-countries');
    await page.getByRole('searchbox').fill('زمزم');
    await expect.poll(() => page.getByText('SD020103').count()).toBe(1);
    await shoot(page, 'locations-ar-360-search');
    await page.context().close();
  }, 180_000);

  it('looks right in Arabic on a wide screen and in English on a phone', async () => {
    if (!SHOTS) return;
    for (const [lang, width] of [
      ['ar', 1280],
      ['en', 360],
    ] as const) {
      const page = await signedIn('me@demo.mainstream.test', lang, width);
      await page.goto(`${app.baseUrl}/locations?parent=SD`);
      await page.getByText('SD06').waitFor();
      await shoot(page, `locations-${lang}-${width}-states`);
      await page.context().close();
    }
  }, 180_000);
});
