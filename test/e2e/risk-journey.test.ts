/**
 * A protection officer records a risk analysis for a second date and sees the outcome trend; the
 * matrix shows every band in words and colour and moves by arrow keys; no serious axe violation,
 * in English and Arabic, on a phone and a desktop.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';

async function signedIn(lang: string, width: number): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('mainstream.language', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.locator('input[type=email]').fill('protection@demo.mainstream.test');
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/framework$/);
  return page;
}

describe.skipIf(!HAS_CHROMIUM)('risk analysis journey', () => {
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('records a second analysis and shows the outcome trend', async () => {
    const page = await signedIn('en', 1280);
    await page.goto(`${app.baseUrl}/risks/new`);
    const field = (label: string) =>
      page.locator('input, textarea').and(page.getByLabel(label)).first();
    await field(en.risk.form.place).fill('SD0302');
    await field(en.risk.form.date).fill('2026-01-10');
    await field(en.risk.form.risk).click();
    await page.getByRole('option', { name: /Gender-based violence/ }).click();
    await page
      .getByLabel(en.risk.form.threatDescription)
      .fill('Attacks at the water points at night.');
    await field(en.risk.form.groupDescription).fill('Women fetching water');
    for (const [i, text] of ['Five incidents', 'Long distances', 'No patrols'].entries())
      await page.getByLabel(en.risk.form.justification).nth(i).fill(text);
    await field(en.risk.form.sourceTitle).fill('Monitoring, December');
    await expect.poll(() => page.getByText(en.risk.bands.moderate).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: en.risk.form.submit }).click();
    await page.waitForURL(/\/risks\/history/);
    await page.getByRole('heading', { name: en.risk.history.trend }).waitFor();
    expect(await page.getByText(en.risk.history.oneAnalysis).count()).toBe(1);
    await page.goto(`${app.baseUrl}/risks/history?location=SD0201&risk=gender_based_violence`);
    await page.getByText(en.risk.outcome.improved).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('revises the analysis and links a project that targets the risk', async () => {
    const page = await signedIn('en', 1280);
    const history = `${app.baseUrl}/risks/history?location=SD0203&risk=family_separation`;
    await page.goto(history);
    await page.getByRole('link', { name: /Revise the analysis of 2026-06-15/ }).click();
    await page.getByRole('heading', { name: en.risk.edit.title }).waitFor();
    // June's capacity from 3 to 1: 3 × 4 ÷ 1 = 12.
    await page.getByRole('radiogroup', { name: en.risk.form.capacity }).getByText('1').click();
    await page.getByLabel(en.risk.form.justification).nth(2).fill('Patrols stopped in January');
    await page.getByRole('button', { name: en.risk.edit.submit }).click();
    await page.waitForURL(/\/risks\/history/);
    await page.getByRole('cell', { name: '12', exact: true }).waitFor();

    await page.getByRole('link', { name: /Revise the analysis of 2026-06-15/ }).click();
    await page.locator('input').and(page.getByLabel(en.risk.edit.projects)).click();
    await page.getByRole('option', { name: /SDN-SHL-2026-01/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: en.risk.edit.saveProjects }).click();
    await page.getByText(en.risk.edit.projectsSaved).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(history);
    await page.getByRole('link', { name: /SDN-SHL-2026-01/ }).waitFor();
  }, 60_000);

  it('shows the matrix with words in every cell, moved by arrow keys', async () => {
    const page = await signedIn('en', 1280);
    await page.goto(`${app.baseUrl}/risks/matrix?country=SDN`);
    // El Fasher has two risks analysed: the arrow key goes from the first to the second.
    const row = page.getByRole('row', { name: /SD0201/ });
    const first = row.locator('a[data-row]').first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-col'));
    expect(Number(focused)).toBeGreaterThan(Number(await first.getAttribute('data-col')));
    expect(await row.getByText(en.risk.bands.extreme).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it.each([
    ['en', 360],
    ['en', 1280],
    ['ar', 360],
    ['ar', 1280],
  ])(
    'renders in %s at %i px without serious violations',
    async (lang, width) => {
      const page = await signedIn(lang, width);
      for (const [name, path] of [
        ['list', '/risks'],
        ['matrix', '/risks/matrix'],
        ['history', '/risks/history?location=SD0201&risk=gender_based_violence'],
        ['form', '/risks/new'],
      ] as const) {
        await page.goto(`${app.baseUrl}${path}`);
        await page.locator('h1').waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({
          path: `${SHOTS}/risk-${name}-${lang}-${width}.png`,
          fullPage: true,
        });
        expect(await seriousViolations(page), `${name} ${lang} ${width}`).toEqual([]);
      }
    },
    120_000,
  );
});
