/**
 * Browser steps of trainings, guidance, focal points and the roadmap (issue 6): record a training
 * with participants and named staff, see the coverage figure, search the guidance in Arabic, find
 * the focal point of a country, mark a milestone done and see the pillar's progress. Each takes a
 * page signed in as the demo protection officer and the base URL; none depends on the others'
 * globals.
 */
import type { Page } from 'playwright-core';
import en from '../../../src/web/i18n/locales/en.json' with { type: 'json' };

const c = en.capacity;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The input whose label is exactly the text (Mantine adds " *" to required ones). */
const field = (page: Page, text: string) =>
  page
    .locator('input, textarea')
    .and(page.getByLabel(new RegExp(`^${escape(text)}( \\*)?$`)))
    .first();

/** Picks an option of a Mantine select or multi-select. */
async function choose(page: Page, label: string, option: RegExp | string) {
  await field(page, label).click();
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

/** Records a PSEA session for the demo shelter project with counts and one named staff member. */
export async function recordTrainingSession(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/trainings/new`);
  await field(page, c.columns.date).fill('2026-05-04');
  await field(page, c.form.place).fill('SD0104');
  await choose(page, c.columns.project, /SDN-SHL-2026-01/);
  await field(page, c.form.facilitator).fill('PSEA network, Khartoum');
  await field(page, `${c.participantTypes.staff} — ${c.sexes.female}`).fill('9');
  await field(page, `${c.participantTypes.staff} — ${c.sexes.male}`).fill('7');
  await field(page, `${c.participantTypes.committee_member} — ${c.sexes.female}`).fill('6');
  await choose(page, c.form.trainees, 'Claire Mbaye');
  await page.getByRole('button', { name: c.form.save }).click();
  await page.waitForURL(/\/trainings$/);
  await page.getByRole('cell', { name: '22', exact: true }).first().waitFor();
  return { project: 'SDN-SHL-2026-01' };
}

/** The share of the project's staff trained on PSEA, flagged below the 80 % target. */
export async function showCoverage(page: Page, baseUrl: string, project = 'SDN-SHL-2026-01') {
  await page.goto(`${baseUrl}/trainings/coverage?topic=psea`);
  const row = page.getByRole('row').filter({ hasText: project });
  await row.first().waitFor();
  const text = (await row.first().innerText()).replace(/\s+/g, ' ');
  return { text };
}

/** Searches the library in Arabic and finds the IASC disability guidelines. */
export async function searchGuidanceInArabic(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/guidance`);
  // The interface may be in Arabic: the search box is found by its role, not its label.
  await page.getByRole('searchbox').fill('ذوي الاعاقة');
  await page.waitForURL(/[?&]q=/);
  const card = page
    .getByRole('article')
    .filter({ hasText: /Persons with Disabilities|ذوي الإعاقة/ });
  await card.first().waitFor();
  // The search applied: only the entries that mention disability are left.
  await page.waitForFunction(() => document.querySelectorAll('article').length < 5);
  return { found: await card.count(), shown: await page.getByRole('article').count() };
}

/** Filters the focal points by country and answers who to call for PSEA there. */
export async function findFocalPoint(page: Page, baseUrl: string, country = 'Chad') {
  await page.goto(`${baseUrl}/focal-points`);
  await choose(page, en.guidance.focal.country, country);
  // The filter applied: every card is of that country (the previous list stays while loading).
  await page.waitForFunction(
    (name) => [...document.querySelectorAll('article')].every((a) => a.textContent?.includes(name)),
    country,
  );
  const row = page.locator('article[data-area=psea]').filter({ hasText: country });
  await row.first().waitFor();
  return { text: (await row.first().innerText()).replace(/\s+/g, ' ') };
}

/** Marks a capacity milestone done and reads the capacity pillar's progress. */
export async function markMilestoneDone(
  page: Page,
  baseUrl: string,
  milestone = 'All project staff trained on PSEA',
) {
  await page.goto(`${baseUrl}/roadmap?pillar=capacity`);
  const status = page
    .locator('input')
    .and(page.getByLabel(en.roadmap.statusOf.replace('{{milestone}}', milestone)));
  await status.click();
  await page.getByRole('option', { name: en.roadmap.statuses.done, exact: true }).click();
  const progress = page.locator('tr[data-pillar=capacity]');
  await progress
    .getByText(en.roadmap.progress.ofTotal.replace('{{done}}', '1').replace('{{total}}', '2'))
    .waitFor();
  return { text: (await progress.innerText()).replace(/\s+/g, ' ') };
}
