/**
 * A protection officer records a consultation with participants by group and a decision linked
 * to a project, then sees it in the project's participation chart; no serious axe violation, on a
 * desktop, a phone and in Arabic (right to left).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/web/i18n/locales/ar.json' with { type: 'json' };
import fr from '../../src/web/i18n/locales/fr.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';
import {
  recordCommittee,
  recordConsultation,
  seeParticipationChart,
} from './steps/participation-steps.js';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';

async function signedIn(
  lang: string,
  width: number,
  email = 'protection@demo.mainstream.test',
): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('mainstream.language', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/framework$/);
  return page;
}

describe.skipIf(!HAS_CHROMIUM)('participation journey', () => {
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('records a consultation by group with a decision linked to a project, and charts it', async () => {
    const page = await signedIn('en', 1280);
    const recorded = await recordConsultation(page, app.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/participation-consultation.png`, fullPage: true });
    await seeParticipationChart(page, app.baseUrl, recorded);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/participation-chart.png`, fullPage: true });
  }, 120_000);

  it('works on a phone and in Arabic: list, form, chart, committees', async () => {
    const phone = await signedIn('en', 390);
    await phone.goto(`${app.baseUrl}/participation/consultations/new`);
    await phone.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/participation-form-phone.png`, fullPage: true });
    const rtl = await signedIn('ar', 1280);
    for (const [path, name] of [
      ['/participation', 'list'],
      ['/participation/committees', 'committees'],
    ] as const) {
      await rtl.goto(`${app.baseUrl}${path}`);
      await rtl.getByRole('heading', { level: 1 }).waitFor();
      await rtl.getByRole('table').first().waitFor();
      expect(await rtl.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await seriousViolations(rtl)).toEqual([]);
      await rtl.screenshot({ path: `${SHOTS}/participation-${name}-ar.png`, fullPage: true });
    }
    await rtl.getByRole('link').filter({ hasText: /.+/ }).and(rtl.locator('td a')).first().click();
    await rtl.getByText(ar.participation.meetings.title).waitFor();
    expect(await seriousViolations(rtl)).toEqual([]);
    await rtl.screenshot({ path: `${SHOTS}/participation-committee-ar.png`, fullPage: true });
  }, 120_000);

  it('shows viewers the chart with small cells suppressed', async () => {
    const viewer = await signedIn('en', 390, 'viewer@demo.mainstream.test');
    await viewer.goto(`${app.baseUrl}/participation/chart?location=SD`);
    await viewer.getByRole('table').waitFor();
    expect(await viewer.locator('abbr').count()).toBeGreaterThan(0);
    expect(await seriousViolations(viewer)).toEqual([]);
    await viewer.screenshot({
      path: `${SHOTS}/participation-chart-viewer-phone.png`,
      fullPage: true,
    });
  }, 60_000);

  it('records a committee through its form in French on a phone, without serious violations', async () => {
    const page = await signedIn('fr', 390);
    await page.goto(`${app.baseUrl}/participation/committees/new`);
    await page.getByRole('button', { name: fr.participation.committee.submit }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/committee-form-fr-390.png`, fullPage: true });
    await recordCommittee(page, app.baseUrl, fr.participation, 'Comité de l’eau, bloc C');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/committee-fr-390.png`, fullPage: true });
  }, 120_000);
});
