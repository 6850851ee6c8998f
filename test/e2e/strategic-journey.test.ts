/**
 * The strategic level as people live it (issue 5): an M&E officer imports the demo country's
 * gazetteer and a population baseline (both through their import screens), then an
 * individual-level file with Washington Group answers, and sees the exclusion alert for the group
 * left out; a viewer exports the reach table as
 * XLSX with HXL tags and small cells suppressed; a protection officer records a risk analysis for
 * two dates and sees the change as a protection outcome.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';

let app: RunningApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mainstream-strategic-'));
const PLACE = 'SD0102';
/** Imports and analyses on a busy machine take seconds, not the one second a poll waits by default. */
const SLOW = { timeout: 60_000 };
const WG = ['seeing', 'hearing', 'walking', 'remembering', 'selfcare', 'communicating'];

async function signedIn(email: string): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('mainstream.language', 'en'));
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/framework$/);
  return page;
}

/** A baseline where women over 60 with disabilities are one person in ten. */
function baselineCsv(): string {
  const rows = ['location_pcode,sex,age_bracket,disability,population'];
  for (const sex of ['female', 'male'])
    for (const bracket of ['18-59', '60+'])
      for (const disability of ['disabled', 'not_disabled'])
        rows.push(
          `${PLACE},${sex},${bracket},${disability},${sex === 'female' && bracket === '60+' && disability === 'disabled' ? 1000 : 3000}`,
        );
  return `${rows.join('\n')}\n`;
}

/** 200 people reached, one of them a woman over 60 with a disability. */
function individualsCsv(): string {
  const rows = [`location_pcode,age,sex,${WG.map((d) => `wg_${d}`).join(',')}`];
  const answers = (disabled: boolean) => WG.map((_, i) => (disabled && i === 2 ? 3 : 1)).join(',');
  rows.push(`${PLACE},67,female,${answers(true)}`);
  for (let i = 0; i < 199; i++) {
    const sex = i % 2 ? 'male' : 'female';
    const age = sex === 'female' ? 30 + (i % 20) : i % 3 ? 30 : 70;
    rows.push(`${PLACE},${age},${sex},${answers(i % 4 === 0)}`);
  }
  return `${rows.join('\n')}\n`;
}

beforeAll(async () => {
  app = await startApp();
}, 300_000);
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!HAS_CHROMIUM)('browser journey: the strategic level', () => {
  it('imports places, a baseline and people reached, then shows who is left out', async () => {
    const page = await signedIn('me@demo.mainstream.test');
    await page.goto(`${app.baseUrl}/locations`);
    await page.locator('input[type=file]').setInputFiles('content/demo/sdn-gazetteer.csv');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('The gazetteer was imported').count(), SLOW).toBe(1);

    const baseline = path.join(dir, 'baseline.csv');
    fs.writeFileSync(baseline, baselineCsv());
    await page.goto(`${app.baseUrl}/reach`);
    await page.getByRole('tab', { name: en.reach.tabs.baselines }).click();
    const panel = page.getByRole('region', { name: en.reach.baselineImport.title });
    await panel.getByLabel(en.reach.baseline.source).fill('Census projection 2026 (training data)');
    await panel.getByLabel(en.reach.baseline.date).fill('2026-01-01');
    await panel.locator('input[type=file]').setInputFiles(baseline);
    await panel.getByRole('button', { name: en.reach.import.check }).click();
    await panel.getByText('Rows read: 8. Baselines to record, one per place: 1.').waitFor();
    await panel.getByRole('button', { name: en.reach.import.commit, exact: true }).click();
    await panel.getByText('Rows read: 8. Baselines recorded: 1.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const file = path.join(dir, 'individuals.csv');
    fs.writeFileSync(file, individualsCsv());
    await page.goto(`${app.baseUrl}/reach`);
    await page.getByRole('tab', { name: en.reach.tabs.import }).click();
    await page
      .locator('input')
      .and(page.getByLabel(/^Project/))
      .first()
      .click();
    await page.getByRole('option', { name: /SDN-SHL-2026-01/ }).click();
    await page.getByText(en.reach.import.individual).click();
    await page.getByLabel(en.reach.periodStart).fill('2026-05-01');
    await page.getByLabel(en.reach.periodEnd).fill('2026-05-31');
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: en.reach.import.check }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // The import runs in the background; the page polls its progress.
    await expect.poll(() => page.getByText(/200 rows read/).count(), SLOW).toBe(1);

    await page.goto(
      `${app.baseUrl}/access?location=${PLACE}&periodFrom=2026-05-01&periodTo=2026-05-31`,
    );
    const alert = page.getByRole('alert').filter({ hasText: 'Groups significantly under-reached' });
    await expect
      .poll(() => alert.innerText(), SLOW)
      .toContain('Female · 60 years and over · With a disability');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('gives the viewer the reach table as XLSX with HXL tags and small cells suppressed', async () => {
    const page = await signedIn('viewer@demo.mainstream.test');
    const response = await page.request.get(
      `${app.baseUrl}/api/v1/reach/export?format=xlsx&locationPcode=${PLACE}`,
    );
    expect(response.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const hxl = (sheet.getRow(2).values as unknown[]).map(String);
    expect(hxl.some((tag) => tag.startsWith('#adm'))).toBe(true);
    expect(hxl.some((tag) => tag.startsWith('#reached'))).toBe(true);
    const counts: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) counts.push(...(row.values as unknown[]).filter((v) => typeof v === 'number'));
    });
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((v) => (v as number) > 0 && (v as number) < 5)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('records a risk analysis for two dates and shows the change as a protection outcome', async () => {
    const page = await signedIn('protection@demo.mainstream.test');
    const field = (label: string) =>
      page.locator('input, textarea').and(page.getByLabel(label)).first();
    for (const [date, ratings] of [
      ['2026-02-01', ['4', '4', '2']],
      ['2026-07-01', ['2', '3', '4']],
    ] as const) {
      await page.goto(`${app.baseUrl}/risks/new`);
      await field(en.risk.form.place).fill(PLACE);
      await field(en.risk.form.date).fill(date);
      await field(en.risk.form.risk).click();
      await page.getByRole('option', { name: /Gender-based violence/ }).click();
      await page
        .getByLabel(en.risk.form.threatDescription)
        .fill('Harassment on the way to the market.');
      await field(en.risk.form.groupDescription).fill('Women and girls going to the market');
      for (let i = 0; i < 3; i++) {
        await page
          .getByLabel(en.risk.form.justification)
          .nth(i)
          .fill(`Seen in monitoring (${ratings[i]}).`);
        await page
          .locator('.mantine-SegmentedControl-root')
          .nth(i)
          .getByText(ratings[i]!, { exact: true })
          .click();
      }
      await field(en.risk.form.sourceTitle).fill('Protection monitoring');
      await page.getByRole('button', { name: en.risk.form.submit }).click();
      await page.waitForURL(/\/risks\/history/);
    }
    await page.goto(`${app.baseUrl}/risks/history?location=${PLACE}&risk=gender_based_violence`);
    await page.getByText(en.risk.outcome.improved).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 240_000);
});
