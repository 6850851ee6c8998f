/**
 * A protection officer records a training with participants and sees the project's PSEA coverage,
 * searches the guidance in Arabic, finds the focal point for Chad, marks a roadmap milestone done
 * and sees the pillar's progress; axe finds no serious violation on any page, on a desktop, a
 * phone and in Arabic.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/web/i18n/locales/ar.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';
import {
  findFocalPoint,
  markMilestoneDone,
  recordTrainingSession,
  searchGuidanceInArabic,
  showCoverage,
} from './steps/capacity-steps.js';

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

describe.skipIf(!HAS_CHROMIUM)('trainings, guidance, focal points and roadmap journey', () => {
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('records a training and shows the coverage figure', async () => {
    const page = await signedIn('en', 1280);
    await page.goto(`${app.baseUrl}/trainings/new`);
    expect(await seriousViolations(page)).toEqual([]);
    const { project } = await recordTrainingSession(page, app.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/capacity-trainings-desktop.png`, fullPage: true });
    // Demo staff of five, two trained on PSEA before; Claire Mbaye makes three: 60 %.
    const { text } = await showCoverage(page, app.baseUrl, project);
    expect(text).toContain('3 of 5 staff');
    expect(text).toMatch(/60 %/);
    // The badge is shown in capitals.
    expect(text.toLowerCase()).toContain('below 80 %');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/capacity-coverage-desktop.png`, fullPage: true });
    const phone = await signedIn('ar', 390);
    await phone.goto(`${app.baseUrl}/trainings/new`);
    await phone.getByRole('button', { name: ar.capacity.form.save }).waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({
      path: `${SHOTS}/capacity-training-form-ar-phone.png`,
      fullPage: true,
    });
  }, 90_000);

  it('searches the guidance in Arabic and finds who to call in Chad', async () => {
    const page = await signedIn('ar', 1280);
    const search = await searchGuidanceInArabic(page, app.baseUrl);
    expect(search.found).toBeGreaterThan(0);
    expect(search.found).toBe(search.shown);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/capacity-guidance-ar.png`, fullPage: true });
    const phone = await signedIn('en', 390);
    const { text } = await findFocalPoint(phone, app.baseUrl, 'Chad');
    expect(text).toContain('Achta Mahamat');
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/capacity-focal-points-phone.png`, fullPage: true });
  }, 90_000);

  it('marks a milestone done and sees the pillar’s progress', async () => {
    const page = await signedIn('en', 390);
    const { text } = await markMilestoneDone(page, app.baseUrl);
    expect(text).toContain('50 %');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/capacity-roadmap-phone.png`, fullPage: true });
    const arabic = await signedIn('ar', 1280);
    await arabic.goto(`${app.baseUrl}/roadmap`);
    await arabic.locator('tr[data-pillar=capacity]').waitFor();
    expect(await seriousViolations(arabic)).toEqual([]);
    await arabic.screenshot({ path: `${SHOTS}/capacity-roadmap-ar.png`, fullPage: true });
  }, 90_000);
});
