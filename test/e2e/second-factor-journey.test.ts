/**
 * The required second factor as an admin lives it (decision 017): turning the setting on in the
 * organisation settings takes the admin, who has no second factor yet, to the account page; every
 * other page sends them back there until they set it up; then everything opens again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/web/i18n/locales/ar.json' with { type: 'json' };
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { currentTotp } from '../../src/server/security/totp.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';

describe.skipIf(!HAS_CHROMIUM)(
  'browser journey: second factor required by the organisation',
  () => {
    beforeAll(async () => {
      app = await startApp();
    });
    afterAll(() => app?.close());

    it(
      'sends an admin without one to set it up, then lets them in',
      { timeout: 90_000 },
      async () => {
        const context = await app.browser.newContext({ viewport: { width: 360, height: 780 } });
        await context.addInitScript(() => {
          if (!localStorage.getItem('mainstream.language'))
            localStorage.setItem('mainstream.language', 'en');
        });
        const page = await context.newPage();
        page.setDefaultTimeout(10_000);
        await page.goto(`${app.baseUrl}/sign-in`);
        await page.getByLabel(en.signIn.email).fill('admin@demo.mainstream.test');
        await page.locator('input[type=password]').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: en.signIn.submit }).click();
        await page.waitForURL(/\/framework$/);

        await page.goto(`${app.baseUrl}/admin/settings`);
        const toggle = page.getByRole('switch', { name: en.settings.requireSecondFactor.label });
        expect(await toggle.isChecked()).toBe(false);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/settings-en-phone.png`, fullPage: true });
        await toggle.click({ force: true });
        await page.waitForURL(/\/account$/);
        await page.getByText(en.account.totp.required).waitFor();

        // Every other page leads back to the account page.
        await page.goto(`${app.baseUrl}/admin/users`);
        await page.waitForURL(/\/account$/);
        await page.evaluate(() => localStorage.setItem('mainstream.language', 'ar'));
        await page.reload();
        await page.getByText(ar.account.totp.required).waitFor();
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({
          path: `${SHOTS}/second-factor-required-ar-phone.png`,
          fullPage: true,
        });

        await page.getByRole('button', { name: ar.account.totp.setup }).click();
        const secret = (await page
          .locator('#totp-secret + pre, [aria-labelledby=totp-secret]')
          .first()
          .textContent())!.trim();
        await page.getByLabel(ar.account.totp.code).fill(currentTotp(secret));
        await page.getByRole('button', { name: ar.account.totp.enable }).click();
        await page.getByText(ar.account.totp.enabledNow).waitFor();
        await page.goto(`${app.baseUrl}/admin/users`);
        await page.getByRole('heading', { level: 1, name: ar.users.title }).waitFor();
        expect(page.url()).toMatch(/\/admin\/users$/);

        // What leaves the system: a SEA threshold below the general one is refused on its field.
        await page.goto(`${app.baseUrl}/admin/settings`);
        const sea = page.getByLabel(ar.settings.disclosure.seaThreshold);
        await sea.fill('3');
        const saveDisclosure = page.getByRole('button', { name: ar.settings.disclosure.save });
        await saveDisclosure.click();
        await expect.poll(() => sea.getAttribute('aria-invalid')).toBe('true');
        await sea.fill('10');
        await page.locator('input').and(page.getByLabel(ar.settings.disclosure.level)).click();
        await page.getByRole('option', { name: ar.settings.disclosure.levels[1] }).click();
        await saveDisclosure.click();
        await page.getByText(ar.settings.saved).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/settings-ar-phone.png`, fullPage: true });
        await context.close();
      },
    );
  },
);
