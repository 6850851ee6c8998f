/**
 * The foundation journey as a person makes it: sign in, read the framework, switch to Arabic (right
 * to left), sign out — with axe-core finding no serious or critical violation, on a desktop and at
 * 360 px.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/web/i18n/locales/ar.json' with { type: 'json' };
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';

describe.skipIf(!HAS_CHROMIUM)('browser journey: sign in, framework, Arabic, sign out', () => {
  beforeAll(async () => {
    app = await startApp();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => app?.close());

  it.each([
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 780 }],
  ] as const)('works on a %s', { timeout: 90_000 }, async (name, viewport) => {
    const context = await app.browser.newContext({ viewport, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${app.baseUrl}/framework`);
      await page.waitForURL(/\/sign-in/);
      await page.getByLabel(en.signIn.email).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/sign-in-en-${name}.png`, fullPage: true });

      await page.getByLabel(en.signIn.email).fill('admin@demo.mainstream.test');
      await page.locator('input[type=password]').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: en.signIn.submit }).click();
      await page.waitForURL(/\/framework$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByText('Meaningful access').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.screenshot({ path: `${SHOTS}/framework-en-${name}.png` });

      await page.getByLabel(en.language.label).first().selectOption('ar');
      await page.waitForFunction(
        () => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar',
      );
      await page.getByText('الوصول الهادف').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.screenshot({ path: `${SHOTS}/framework-ar-${name}.png` });

      await page.locator('.user-menu-target').click();
      await page.getByRole('menuitem', { name: ar.userMenu.signOut }).click();
      await page.waitForURL(/\/sign-in/);
      const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
      expect(me).toBe(401);
    } finally {
      await context.close();
    }
  });
});
