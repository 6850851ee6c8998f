/**
 * Browser steps of the service directory and referrals (issue 6): find a GBV service in the
 * directory, refer a person with consent, see the follow-up due, print the pathway in Spanish.
 * Each step takes a signed-in page (a referral role) and the base URL; none uses test globals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import en from '../../../src/web/i18n/locales/en.json' with { type: 'json' };
import es from '../../../src/web/i18n/locales/es.json' with { type: 'json' };

export const DEMO_GBV_SERVICE = 'Women and girls safe space — Khartoum';

/**
 * Searches the directory for GBV services serving an admin2 place and opens the demo one; from a
 * case (`startPath` `/directory?caseId=…`) the service page keeps the case for the referral.
 */
export async function findGbvService(
  page: Page,
  baseUrl: string,
  place = 'SD0101',
  startPath = '/directory',
) {
  await page.goto(`${baseUrl}${startPath}`);
  await page.getByRole('heading', { name: en.directory.title }).waitFor();
  const placeField = page.getByLabel(en.directory.filters.place);
  await placeField.fill(place);
  await placeField.press('Enter');
  await page.locator('input').and(page.getByLabel(en.directory.filters.type)).first().click();
  await page.getByRole('option', { name: en.directory.types.gbv }).click();
  await page.waitForURL(/type=gbv/);
  const link = page.getByRole('link', { name: DEMO_GBV_SERVICE });
  await link.click();
  await page.getByRole('heading', { name: DEMO_GBV_SERVICE }).waitFor();
  return { serviceUrl: page.url() };
}

/** From a feedback case's page, starts its referral: the directory opens with the case kept. */
export async function startCaseReferral(page: Page, baseUrl: string, caseId: string) {
  await page.goto(`${baseUrl}/feedback/${caseId}`);
  await page.getByRole('link', { name: en.feedback.case.refer }).click();
  await page.waitForURL(/\/directory\?caseId=/);
  await page.getByText(en.directory.referringCase).waitFor();
  return { startPath: `/directory?caseId=${caseId}` };
}

/** A calendar date as the English pages show it (`Dec 3, 2026`). */
const shown = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

/** From the open service page, refers a person with their consent; answers the follow-up date. */
export async function referWithConsent(page: Page, followUpOn: string) {
  await page.getByRole('link', { name: en.referrals.form.title }).click();
  await page.getByRole('heading', { name: en.referrals.form.title }).waitFor();
  await page
    .getByRole('textbox', { name: en.referrals.fields.need })
    .fill('Case management after an assault');
  await page.getByLabel(en.referrals.fields.followUpOn).fill(followUpOn);
  await page.getByLabel(en.referrals.consent.given).check();
  await page.getByLabel(en.referrals.consent.purpose).fill('Referral to GBV case management');
  await page.getByRole('button', { name: en.referrals.form.submit }).click();
  await page.waitForURL(/\/referrals$/);
  await page.getByRole('heading', { name: en.referrals.list.title }).waitFor();
  const row = page.getByRole('row', { name: new RegExp(shown(followUpOn)) }).first();
  await row.waitFor();
  expect(await row.getByText(DEMO_GBV_SERVICE).count()).toBe(1);
  return { followUpOn };
}

/** The follow-ups due: the overdue list holds only overdue referrals, each marked. */
export async function seeFollowUpsDue(page: Page) {
  await page.getByLabel(en.referrals.list.overdueOnly).click();
  await page.waitForURL(/overdue=true/);
  const badges = page.getByRole('cell').getByText(en.referrals.list.overdue, { exact: true });
  await expect.poll(() => badges.count()).toBeGreaterThan(0);
  // The unfiltered page stays on screen until the filtered one arrives: wait for it.
  const rows = page.locator('tbody tr');
  await expect.poll(async () => (await rows.count()) === (await badges.count())).toBe(true);
}

/** Opens the pathway in Spanish, checks its Spanish headings, prints it, and counts PDF pages. */
export async function printPathwayInSpanish(page: Page, baseUrl: string, place = 'SD0101') {
  await page.goto(`${baseUrl}/directory/pathway?place=${place}&type=gbv&lang=es`);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  expect(await heading.textContent()).toContain(es.directory.types.gbv);
  expect(await heading.textContent()).toMatch(/^Ruta de derivación/);
  expect(
    await page.getByRole('rowheader', { name: es.directory.fields.provider }).count(),
  ).toBeGreaterThan(0);
  expect(await page.locator('article[lang=es]').count()).toBe(1);
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: en.directory.pathway.print }).isVisible()).toBe(
    false,
  );
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.emulateMedia({ media: 'screen' });
  return { pdf, pages };
}

export const DEMO_STALE_SERVICE = 'Psychosocial support centre';

/**
 * From the open service page, edits its opening hours. Meanwhile another tab marks it verified, so
 * the first save is refused as stale (409): the form loads the latest version and saves again.
 */
export async function editServiceAfterConflict(page: Page, hours: string) {
  const serviceUrl = page.url();
  await page.getByRole('link', { name: en.directory.edit.action }).click();
  await page.waitForURL(/\/edit$/);
  const hoursField = page.getByRole('textbox', { name: en.directory.form.hours });
  await hoursField.waitFor();
  const other = await page.context().newPage();
  await other.goto(serviceUrl);
  await other.getByRole('button', { name: en.directory.verify.action }).click();
  await other.getByText(en.directory.verify.done).waitFor();
  await other.close();
  await hoursField.fill(hours);
  await page.getByRole('button', { name: en.directory.form.save }).click();
  await page.getByText(en.directory.edit.conflictTitle).waitFor();
  await page.getByRole('button', { name: en.directory.edit.loadLatest }).click();
  await hoursField.fill(hours);
  await page.getByRole('button', { name: en.directory.form.save }).click();
  await page.waitForURL(serviceUrl);
  await page.getByRole('cell', { name: hours }).waitFor();
  return { serviceUrl };
}

/** Opens the demo service not verified for long, marks it verified today: the flag goes. */
export async function markStaleServiceVerified(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/directory?q=${encodeURIComponent(DEMO_STALE_SERVICE)}`);
  await page.getByRole('link', { name: DEMO_STALE_SERVICE }).click();
  await page.getByRole('heading', { name: DEMO_STALE_SERVICE }).waitFor();
  const flag = page.getByText(en.directory.stale, { exact: true });
  await flag.waitFor();
  await page.getByRole('button', { name: en.directory.verify.action }).click();
  await page.getByText(en.directory.verify.done).waitFor();
  await expect.poll(() => flag.count()).toBe(0);
  const today = new Date().toISOString().slice(0, 10);
  await page.getByRole('cell', { name: today }).waitFor();
  return { serviceUrl: page.url() };
}

/**
 * On a service's page, edits its accessibility note and sets it inactive: the page shows the note
 * and the inactive status, and offers no referral any more.
 */
export async function retireService(page: Page, note: string) {
  const serviceUrl = page.url();
  await page.getByRole('link', { name: en.directory.edit.action }).click();
  await page.waitForURL(/\/edit$/);
  await page.getByRole('textbox', { name: en.directory.form.accessibilityNote }).fill(note);
  await page.getByRole('radio', { name: en.directory.status.inactive }).check();
  await page.getByRole('button', { name: en.directory.form.save }).click();
  await page.waitForURL(serviceUrl);
  await page.getByText(note).waitFor();
  await page.getByText(en.directory.status.inactive, { exact: true }).waitFor();
  expect(await page.getByRole('link', { name: en.referrals.form.title }).count()).toBe(0);
}

/**
 * On the referrals list, opens the referral followed up on this date, checks its consent, moves it
 * to accepted with an outcome and a new follow-up date; only allowed statuses are offered.
 */
export async function acceptReferral(
  page: Page,
  baseUrl: string,
  followUpOn: string,
  next: string,
) {
  await page.goto(`${baseUrl}/referrals`);
  const row = page.getByRole('row', { name: new RegExp(shown(followUpOn)) }).first();
  await row.getByRole('link').first().click();
  await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: en.referrals.one.update }).waitFor();
  await page.getByText('Referral to GBV case management').waitFor();
  await page.locator('input').and(page.getByLabel(en.referrals.list.status)).click();
  await page.getByRole('option', { name: en.referrals.status.declined }).waitFor();
  expect(await page.getByRole('option', { name: en.referrals.status.completed }).count()).toBe(0);
  await page.getByRole('option', { name: en.referrals.status.accepted }).click();
  await page.getByLabel(en.referrals.fields.followUpOn).fill(next);
  await page.getByLabel(en.referrals.one.outcome).fill('Intake appointment booked');
  await page.getByRole('button', { name: en.referrals.one.save }).click();
  const status = page.locator('main .mantine-Badge-root').first();
  await expect.poll(() => status.textContent()).toBe(en.referrals.status.accepted);
  await page.getByRole('cell', { name: 'Intake appointment booked' }).waitFor();
  await page.getByText(shown(next), { exact: true }).waitFor();
  return { referralUrl: page.url() };
}

/**
 * On a referral's page, saves an outcome after another tab saved one: the stale save is refused
 * with "load the latest version", and the save goes through after loading it.
 */
export async function saveReferralAfterConflict(page: Page, outcome: string) {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.getByLabel(en.referrals.one.outcome).fill('Seen by the caseworker');
  await other.getByRole('button', { name: en.referrals.one.save }).click();
  await other.getByRole('cell', { name: 'Seen by the caseworker' }).waitFor();
  await other.close();
  await page.getByLabel(en.referrals.one.outcome).fill(outcome);
  await page.getByRole('button', { name: en.referrals.one.save }).click();
  await page.getByText(en.referrals.one.conflictTitle).waitFor();
  await page.getByRole('button', { name: en.referrals.one.loadLatest }).click();
  await page.getByRole('cell', { name: 'Seen by the caseworker' }).waitFor();
  await page.getByLabel(en.referrals.one.outcome).fill(outcome);
  await page.getByRole('button', { name: en.referrals.one.save }).click();
  await page.getByRole('cell', { name: outcome }).waitFor();
  expect(await page.getByText(en.referrals.one.conflictTitle).count()).toBe(0);
}

/** On an accepted referral's page, completes it by keyboard only (select, then Save by Enter). */
export async function completeReferralByKeyboard(page: Page) {
  const status = page.locator('input').and(page.getByLabel(en.referrals.list.status));
  await status.focus();
  await page.keyboard.press('ArrowDown');
  const completed = page.getByRole('option', { name: en.referrals.status.completed });
  await completed.waitFor();
  for (let i = 0; i < 3 && (await completed.getAttribute('data-combobox-selected')) === null; i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => status.inputValue()).toBe(en.referrals.status.completed);
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  for (let i = 0; i < 12 && (await focused()) !== en.referrals.one.save; i++)
    await page.keyboard.press('Tab');
  expect(await focused()).toBe(en.referrals.one.save);
  await page.keyboard.press('Enter');
  const badge = page.locator('main .mantine-Badge-root').first();
  await expect.poll(() => badge.textContent()).toBe(en.referrals.status.completed);
  await page.getByText(en.referrals.one.closed).waitFor();
}

/**
 * On the directory page, imports the HSDS 3.0 example as one ZIP: checked first (one service to
 * add), then imported; the service is then found in the directory.
 */
export async function importHsdsZip(page: Page, baseUrl: string) {
  const fixture = 'test/fixtures/formats/hsds/v3.0';
  const entries = Object.fromEntries(
    fs
      .readdirSync(fixture)
      .map((name) => [
        `hsds-example/${name}`,
        new Uint8Array(fs.readFileSync(path.join(fixture, name))),
      ]),
  );
  const h = en.directory.hsdsImport;
  await page.goto(`${baseUrl}/directory`);
  await page.getByRole('heading', { name: h.title }).waitFor();
  await page.locator('section[aria-labelledby="hsds-import"] input[type=file]').setInputFiles({
    name: 'hsds-example.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync(entries)),
  });
  await page.locator('input').and(page.getByLabel(h.type)).click();
  await page.getByRole('option', { name: en.directory.types.mhpss }).click();
  await page.getByRole('textbox', { name: h.place }).fill('SD0201');
  await page.getByRole('button', { name: en.reach.import.check }).click();
  await page.getByText('Services to add: 1; to update: 0.').waitFor();
  await page.getByRole('button', { name: en.reach.import.commit }).click();
  await page.getByText('Services added: 1; updated: 0.').waitFor();
  await page.goto(`${baseUrl}/directory?q=Community%20Counselling`);
  await page.getByRole('link', { name: 'Community Counselling' }).waitFor();
}
