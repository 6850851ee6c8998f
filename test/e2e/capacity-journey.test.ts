/**
 * A protection officer records a training with participants and sees the project's PSEA coverage,
 * searches the guidance in Arabic, finds the focal point for Chad, marks a roadmap milestone done
 * and sees the pillar's progress, then edits a training (a stale tab loads the latest), a shipped
 * guidance entry, a focal point's contact and a milestone's fields; axe finds no serious violation on any page, on a desktop, a
 * phone and in Arabic.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/web/i18n/locales/ar.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';
import {
  editFocalPoint,
  editFocalPointAfterConflict,
  editGuidanceEntry,
  editMilestoneFields,
  editTrainingSession,
  findFocalPoint,
  markMilestoneDone,
  recordTrainingSession,
  searchGuidanceInArabic,
  showCoverage,
} from './steps/capacity-steps.js';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';
/** Matches an accessible name by the text before its first placeholder. */
const prefix = (label: string) => new RegExp(`^${label.split('{{')[0]}`);

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

  it('edits a training, a guidance entry, a focal point and a milestone', async () => {
    const page = await signedIn('en', 1280);
    const training = await editTrainingSession(page, app.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    expect(training.reloaded).toBe('PSEA network, Port Sudan');
    expect(training.staffFemale).toBe('10');
    expect(await seriousViolations(training.stale)).toEqual([]);
    await training.stale.screenshot({
      path: `${SHOTS}/capacity-training-edit-conflict.png`,
      fullPage: true,
    });
    const guidance = await editGuidanceEntry(page, app.baseUrl);
    expect(guidance.text).toContain('(2026 edition)');
    expect(guidance.text).toContain('IASC and Mainstream demo office');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/capacity-guidance-edited.png`, fullPage: true });

    const stale = await editFocalPointAfterConflict(page, app.baseUrl);
    expect(stale.text).toContain('PSEA and GBV focal point');

    const phone = await signedIn('en', 390);
    const focal = await editFocalPoint(phone, app.baseUrl);
    expect(focal.text).toContain('PSEA coordinator');
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/capacity-focal-edited-phone.png`, fullPage: true });
    const milestone = await editMilestoneFields(phone, app.baseUrl);
    expect(milestone.text).toContain('2026-12-15');
    expect(milestone.text).toContain('Attendance sheets of the May sessions');
    expect(milestone.link).toBe('https://example.org/psea-attendance');
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/capacity-roadmap-edited-phone.png`, fullPage: true });

    // The edit forms open in Arabic, right to left, on a phone: axe on each.
    const arabic = await signedIn('ar', 390);
    await arabic.goto(`${app.baseUrl}/roadmap?pillar=capacity`);
    // By keyboard: Enter opens the dialog, Escape closes it and focus returns to the button.
    const editButton = arabic.getByRole('button', { name: prefix(ar.roadmap.edit.named) }).first();
    await editButton.focus();
    await arabic.keyboard.press('Enter');
    const dialog = arabic.getByRole('dialog', { name: ar.roadmap.edit.title });
    await dialog.waitFor();
    expect(await seriousViolations(arabic)).toEqual([]);
    await arabic.screenshot({ path: `${SHOTS}/capacity-milestone-edit-ar-phone.png` });
    await arabic.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => editButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await arabic.goto(`${app.baseUrl}/focal-points?country=TCD`);
    await arabic
      .getByRole('button', { name: prefix(ar.guidance.focal.editNamed) })
      .first()
      .click();
    await arabic.getByRole('button', { name: ar.guidance.focal.save }).last().waitFor();
    expect(await seriousViolations(arabic)).toEqual([]);
    await arabic.screenshot({ path: `${SHOTS}/capacity-focal-edit-ar-phone.png`, fullPage: true });
    await arabic.goto(`${app.baseUrl}/guidance?area=psea`);
    await arabic
      .getByRole('button', { name: prefix(ar.guidance.edit.named) })
      .first()
      .click();
    await arabic.getByRole('button', { name: ar.guidance.edit.save }).waitFor();
    expect(await seriousViolations(arabic)).toEqual([]);
    await arabic.screenshot({
      path: `${SHOTS}/capacity-guidance-edit-ar-phone.png`,
      fullPage: true,
    });
    await arabic.goto(`${app.baseUrl}/trainings`);
    await arabic
      .getByRole('link', { name: prefix(ar.capacity.edit.named) })
      .first()
      .click();
    await arabic.getByRole('button', { name: ar.capacity.edit.save }).waitFor();
    expect(await seriousViolations(arabic)).toEqual([]);
    await arabic.screenshot({
      path: `${SHOTS}/capacity-training-edit-ar-phone.png`,
      fullPage: true,
    });
  }, 120_000);
});
