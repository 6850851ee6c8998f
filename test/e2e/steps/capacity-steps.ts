/**
 * Browser steps of trainings, guidance, focal points and the roadmap (issue 6): record a training
 * with participants and named staff, see the coverage figure, search the guidance in Arabic, find
 * the focal point of a country, mark a milestone done and see the pillar's progress. Each takes a
 * page signed in as the demo protection officer and the base URL; none depends on the others'
 * globals.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
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

/** The input in `scope` whose label is exactly the text (an edit form inside a card or dialog). */
const fieldIn = (scope: Locator, text: string) =>
  scope
    .locator('input, textarea')
    .and(scope.getByLabel(new RegExp(`^${escape(text)}( \\*)?$`)))
    .first();

/**
 * Edits the PSEA session of 4 May from the list: one more female staff member and a new
 * facilitator. A second tab, opened on the old version, is refused as stale, loads the latest and
 * saves on top of it.
 */
export async function editTrainingSession(page: Page, baseUrl: string) {
  const editName = c.edit.named
    .replace('{{topic}}', c.topics.psea)
    .replace('{{date}}', '2026-05-04');
  await page.goto(`${baseUrl}/trainings`);
  await page.getByRole('link', { name: editName }).first().click();
  await page.waitForURL(/\/trainings\/[0-9a-f-]+\/edit$/);
  const editUrl = page.url();
  const stale = await page.context().newPage();
  await stale.goto(editUrl);
  await field(stale, c.form.facilitator).waitFor();
  await field(page, `${c.participantTypes.staff} — ${c.sexes.female}`).fill('10');
  await field(page, c.form.facilitator).fill('PSEA network, Port Sudan');
  await page.getByRole('button', { name: c.edit.save }).click();
  await page.waitForURL(/\/trainings$/);
  await page.getByRole('cell', { name: '23', exact: true }).first().waitFor();
  // The tab still on the first version: its save is refused, nothing changes, the latest loads.
  await field(stale, c.form.facilitator).fill('Someone else');
  await stale.getByRole('button', { name: c.edit.save }).click();
  await stale.getByRole('alert').filter({ hasText: c.conflict.title }).waitFor();
  await stale.getByRole('button', { name: c.conflict.loadLatest }).click();
  const reloaded = await field(stale, c.form.facilitator).inputValue();
  const staffFemale = await field(
    stale,
    `${c.participantTypes.staff} — ${c.sexes.female}`,
  ).inputValue();
  return { stale, reloaded, staffFemale };
}

/** Edits a shipped guidance entry of the PSEA area: the organisation's own version is shown. */
export async function editGuidanceEntry(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/guidance?area=psea`);
  const card = page.getByRole('article').first();
  await card.waitFor();
  const title = (await card.getByRole('heading').innerText()).trim();
  await card
    .getByRole('button', { name: en.guidance.edit.named.replace('{{title}}', title) })
    .click();
  const editor = page.getByRole('article', {
    name: en.guidance.edit.title.replace('{{title}}', title),
  });
  const newTitle = `${title} (2026 edition)`;
  await fieldIn(editor, en.guidance.add.docTitle).fill(newTitle);
  await fieldIn(editor, en.guidance.add.publisher).fill('IASC and Mainstream demo office');
  await editor.getByRole('button', { name: en.guidance.edit.save }).click();
  const edited = page.getByRole('article').filter({ hasText: newTitle });
  await edited.first().waitFor();
  return { text: (await edited.first().innerText()).replace(/\s+/g, ' ') };
}

/** Changes the Chad PSEA focal point's role and phone from their card. */
export async function editFocalPoint(page: Page, baseUrl: string, name = 'Achta Mahamat') {
  const f = en.guidance.focal;
  await page.goto(`${baseUrl}/focal-points?country=TCD`);
  await page.getByRole('button', { name: f.editNamed.replace('{{name}}', name) }).click();
  const card = page.getByRole('article').filter({ hasText: f.editTitle.replace('{{name}}', name) });
  await fieldIn(card, f.role).fill('PSEA coordinator');
  await fieldIn(card, f.phone).fill('+235 60 00 00 09');
  await card.getByRole('button', { name: f.save }).click();
  const shown = page.locator('article[data-area=psea]').filter({ hasText: '+235 60 00 00 09' });
  await shown.first().waitFor();
  return { text: (await shown.first().innerText()).replace(/\s+/g, ' ') };
}

/**
 * Edits a focal point while another tab saves it first: the stale save is refused, "load the
 * latest version" brings the other tab's role into the form, and the save then goes through.
 */
export async function editFocalPointAfterConflict(
  page: Page,
  baseUrl: string,
  name = 'Achta Mahamat',
) {
  const f = en.guidance.focal;
  const open = async (p: Page) => {
    await p.goto(`${baseUrl}/focal-points?country=TCD`);
    await p.getByRole('button', { name: f.editNamed.replace('{{name}}', name) }).click();
    return p.getByRole('article').filter({ hasText: f.editTitle.replace('{{name}}', name) });
  };
  const card = await open(page);
  const other = await page.context().newPage();
  const otherCard = await open(other);
  await fieldIn(otherCard, f.role).fill('PSEA and GBV focal point');
  await otherCard.getByRole('button', { name: f.save }).click();
  await other
    .locator('article[data-area=psea]')
    .filter({ hasText: 'PSEA and GBV' })
    .first()
    .waitFor();
  await other.close();
  await fieldIn(card, f.phone).fill('+235 60 00 00 10');
  await card.getByRole('button', { name: f.save }).click();
  await page.getByText(en.capacity.conflict.title).waitFor();
  await page.getByRole('button', { name: en.capacity.conflict.loadLatest }).click();
  await expect.poll(() => fieldIn(card, f.role).inputValue()).toBe('PSEA and GBV focal point');
  await fieldIn(card, f.phone).fill('+235 60 00 00 10');
  await card.getByRole('button', { name: f.save }).click();
  const shown = page.locator('article[data-area=psea]').filter({ hasText: '+235 60 00 00 10' });
  await shown.first().waitFor();
  return { text: (await shown.first().innerText()).replace(/\s+/g, ' ') };
}

/** Changes a milestone's owner, due date and evidence (text and link) in its dialog. */
export async function editMilestoneFields(
  page: Page,
  baseUrl: string,
  milestone = 'All project staff trained on PSEA',
) {
  const r = en.roadmap;
  await page.goto(`${baseUrl}/roadmap?pillar=capacity`);
  await page
    .getByRole('button', { name: r.edit.named.replace('{{milestone}}', milestone) })
    .click();
  const dialog = page.getByRole('dialog', { name: r.edit.title });
  await fieldIn(dialog, r.columns.owner).fill('Head of programmes');
  await fieldIn(dialog, r.columns.due).fill('2026-12-15');
  await fieldIn(dialog, r.evidence).fill('Attendance sheets of the May sessions');
  await fieldIn(dialog, r.add.evidenceLink).fill('https://example.org/psea-attendance');
  await dialog.getByRole('button', { name: r.edit.save }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = page.getByRole('row').filter({ hasText: milestone });
  await row.filter({ hasText: 'Head of programmes' }).first().waitFor();
  return {
    text: (await row.first().innerText()).replace(/\s+/g, ' '),
    link: await row.first().getByRole('link', { name: r.evidence }).getAttribute('href'),
  };
}
