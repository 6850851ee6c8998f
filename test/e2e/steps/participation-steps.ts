/**
 * Browser steps of participation (issue 6): record a consultation with participants by group and
 * link a decision to a project, through the form; then see it in the participation chart of that
 * project. Each takes a signed-in page (a protection officer) and the base URL, and returns what
 * the next step needs.
 */
import type { Page } from 'playwright-core';
import en from '../../../src/web/i18n/locales/en.json' with { type: 'json' };

const p = en.participation;
const PROJECT = 'SDN-HLT-2026-02';
/** The field whose label is exactly the text (Mantine adds " *" to required ones). */
const labelled = (page: Page, text: string) =>
  page
    .locator('input, textarea')
    .and(page.getByLabel(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`)));

/** The participants recorded by the step, by sex and age bracket. */
export const RECORDED = { femaleAdults: 9, maleAdults: 6, femaleOlder: 2 };

interface ByGroup {
  ageBrackets: string[];
  sexes: string[];
  cells: (number | null)[][];
  consultations: number;
}

/** The project's participation as the API answers it now (the chart's own source). */
async function participationOf(page: Page, baseUrl: string, projectId: string) {
  const response = await page.request.get(
    `${baseUrl}/api/v1/participation/by-group?projectId=${projectId}`,
  );
  return (await response.json()) as ByGroup;
}

async function pick(page: Page, label: string, option: RegExp | string) {
  await labelled(page, label).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

async function fillParticipants(page: Page) {
  const cell = (sex: string, age: string) =>
    page.getByLabel(p.form.cellLabel.replace('{{sex}}', sex).replace('{{age}}', age), {
      exact: true,
    });
  await cell(p.sexes.female, '18-59').fill(String(RECORDED.femaleAdults));
  await cell(p.sexes.male, '18-59').fill(String(RECORDED.maleAdults));
  await cell(p.sexes.female, '60+').fill(String(RECORDED.femaleOlder));
  await labelled(page, p.groups.persons_with_disabilities).fill('3');
}

/**
 * Records a focus group discussion in Kassala for the project, with participants by sex × age and
 * persons with disabilities, an issue tagged by principle and a decision linked to the project.
 */
export async function recordConsultation(page: Page, baseUrl: string) {
  const projects = await page.request.get(`${baseUrl}/api/v1/projects?q=${PROJECT}`);
  const projectId = ((await projects.json()) as { items: { id: string }[] }).items[0]!.id;
  const before = await participationOf(page, baseUrl, projectId);
  await page.goto(`${baseUrl}/participation`);
  await page.getByRole('link', { name: p.form.title }).click();
  await page.getByRole('heading', { name: p.form.title }).waitFor();
  await labelled(page, p.form.heldOn).fill(new Date().toISOString().slice(0, 10));
  await labelled(page, p.form.place).fill('SD0101');
  await pick(page, p.form.project, new RegExp(PROJECT));
  await labelled(page, p.form.facilitator).fill('Amal Osman');
  await labelled(page, p.form.languages).fill('ar');
  await page.keyboard.press('Enter');
  await labelled(page, p.form.topics).fill('Safety on the way to the clinic');
  await page.keyboard.press('Enter');
  await fillParticipants(page);
  await page.getByRole('button', { name: p.form.addIssue }).click();
  await labelled(page, p.form.issue).fill('Women avoid the clinic after dark: the road is unlit.');
  await pick(page, p.form.principle, /safety/i);
  await page.getByRole('button', { name: p.form.addDecision }).click();
  await labelled(page, p.form.decision).fill(
    'Clinic evening hours moved earlier; lights requested.',
  );
  await pick(page, p.form.linkProject, new RegExp(PROJECT));
  await page.getByRole('button', { name: p.form.submit }).click();
  await page.waitForURL(/\/participation\/consultations\/[0-9a-f-]{36}$/);
  await page.getByText('Clinic evening hours moved earlier; lights requested.').waitFor();
  return { projectId, before, consultationUrl: page.url() };
}

/** From the consultation, opens its project's participation chart and finds the new participants there. */
export async function seeParticipationChart(
  page: Page,
  baseUrl: string,
  recorded: Awaited<ReturnType<typeof recordConsultation>>,
) {
  await page.goto(recorded.consultationUrl);
  await page
    .getByRole('link', { name: new RegExp(PROJECT) })
    .first()
    .click();
  await page.waitForURL(/\/participation\/chart\?projectId=/);
  await page.getByRole('heading', { name: p.chart.title }).waitFor();
  const table = page.getByRole('table', { name: p.chart.tableCaption });
  await table.waitFor();
  const { before } = recorded;
  const female = before.sexes.indexOf('female');
  const adults = before.ageBrackets.indexOf('18-59');
  const expected = (before.cells[adults]?.[female] ?? 0) + RECORDED.femaleAdults;
  const row = table.getByRole('row', { name: /^18-59/ });
  await row
    .getByRole('cell', { name: String(expected), exact: true })
    .first()
    .waitFor();
  return { expectedFemaleAdults: expected, consultations: before.consultations + 1 };
}

/**
 * Records a committee through its form in the page's language (`t`: that language's
 * participation texts): a woman chair with a disability and three men; the committee's page shows
 * its four members.
 */
export async function recordCommittee(page: Page, baseUrl: string, t: typeof p, name: string) {
  await page.goto(`${baseUrl}/participation/committees/new`);
  await labelled(page, t.committee.name).fill(name);
  await labelled(page, t.committee.siteName).fill('Bloc C');
  await labelled(page, t.form.place).fill('SD0101');
  await page.getByLabel(t.committee.hasDisability).first().check();
  await page.getByRole('button', { name: t.committee.addMember }).click();
  await page.locator('input').and(page.getByLabel(t.committee.sex)).nth(1).click();
  await page.getByRole('option', { name: t.sexes.male }).click();
  const counts = page.locator('input').and(page.getByLabel(t.committee.count));
  await counts.nth(1).fill('3');
  await page.getByRole('button', { name: t.committee.submit }).click();
  await page.getByRole('heading', { name }).waitFor();
  await page.getByText(`${t.committees.columns.members}: 4`).waitFor();
}
