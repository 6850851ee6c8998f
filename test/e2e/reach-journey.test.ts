/** Reach in a browser: the demo table, a refused import by line, a checked and committed one, the baseline grid in Arabic. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reach-journey-'));

async function signedIn(lang: 'en' | 'ar', width: number): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('mainstream.language', l), lang);
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.locator('input[type=email]').fill('me@demo.mainstream.test');
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/framework$/);
  await page.goto(`${app.baseUrl}/reach`);
  return page;
}

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
}

describe.skipIf(!HAS_CHROMIUM)('reach', () => {
  it('shows the demo figures, refuses a bad file by line, imports a good one with progress', async () => {
    const page = await signedIn('en', 1280);
    await expect.poll(() => page.getByText('SDN-SHL-2026-01').count()).toBeGreaterThan(0);
    await shoot(page, 'reach-en-1280-table');
    await page.getByRole('tab', { name: 'Import' }).click();
    await page
      .locator('input')
      .and(page.getByLabel(/^Project/))
      .first()
      .click();
    await page.getByRole('option', { name: /SDN-SHL-2026-01/ }).click();
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'location_pcode,period_start,period_end,sex,age_bracket,disability,count\nSD0201,2026-04-01,2026-04-30,female,60+,disabled,-3\nXX01,2026-04-01,2026-04-30,male,60+,disabled,2\n',
    );
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toMatch(/2.*count.*negative number.*3.*location.*unknown P-code/s);
    await shoot(page, 'reach-en-1280-problems');
    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(
      good,
      'location_pcode,period_start,period_end,sex,age_bracket,disability,count\nSD0201,2026-04-01,2026-04-30,female,60+,disabled,4\nSD0201,2026-04-01,2026-04-30,male,60+,disabled,9\n',
    );
    await page.locator('input[type=file]').setInputFiles(good);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => page.getByText('The file is valid').count()).toBe(1);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('2 rows read; 2 cells written.').count()).toBe(1);
    await shoot(page, 'reach-en-1280-imported');
    await page.context().close();
  }, 180_000);

  it('is usable on a phone and in Arabic', async () => {
    for (const [lang, width] of [
      ['en', 360],
      ['ar', 360],
      ['ar', 1280],
    ] as const) {
      const page = await signedIn(lang, width);
      await expect.poll(() => page.getByText('SDN-SHL-2026-01').count()).toBeGreaterThan(0);
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await shoot(page, `reach-${lang}-${width}-table`);
      await page.getByRole('tab').nth(2).click();
      await expect.poll(() => page.locator('fieldset').count()).toBe(5);
      await shoot(page, `reach-${lang}-${width}-baselines`);
      await page.context().close();
    }
  }, 240_000);
});
