/**
 * The heart of the product as people use it: a project manager registers a project and answers the
 * design checklist; a protection officer meets the endorsement gate, waives the blocking item and
 * endorses; an action follows the partly met item; the portfolio shows the project; the report
 * opens in French — with axe-core finding no serious or critical violation.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import fr from '../../src/web/i18n/locales/fr.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { HAS_CHROMIUM, seriousViolations, startApp, type RunningApp } from './browser.js';

let app: RunningApp;
const SHOTS = 'test-results/screenshots';
const CODE = 'SDN-E2E-001';

interface Item {
  id: string;
  phase: string;
  mandatory: boolean;
  text: string;
}

/** A signed-in browser context (English unless the user picks another language). */
async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    if (!localStorage.getItem('mainstream.language'))
      localStorage.setItem('mainstream.language', 'en');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.getByLabel(en.signIn.email).fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL(/\/framework$/);
  return { context, page };
}

/** Calls the API from the page, with its session cookie. */
function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const init: RequestInit = { method, headers: { 'Content-Type': 'application/json' } };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(path, init);
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    { method, path, body },
  );
}

function checklistItems(page: Page, projectId: string, phase: string): Promise<Item[]> {
  const path = `/api/v1/projects/${projectId}/checklist?phase=${phase}&lang=en`;
  return callApi<{ items: Item[] }>(page, 'GET', path).then((view) => view.items);
}

async function answerAll(page: Page, projectId: string, items: Item[]) {
  for (const item of items) {
    await callApi(page, 'PUT', `/api/v1/projects/${projectId}/answers/${item.id}`, {
      status: 'met',
    });
  }
}

async function createProject(page: Page, sectorName: string): Promise<string> {
  await page.getByRole('link', { name: en.nav.projects }).click();
  await page.getByRole('button', { name: en.projects.new }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(en.projects.fields.code).fill(CODE);
  await dialog
    .getByLabel(en.projects.fields.title)
    .fill('Shelter kits for families returning to Khartoum');
  expect(await dialog.getByLabel(en.projects.fields.country).inputValue()).toBe('SDN');
  await dialog.getByRole('combobox', { name: en.projects.fields.sectors }).click();
  await page.getByRole('option', { name: sectorName }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: en.common.create }).click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}\?created=1$/);
  return new URL(page.url()).pathname.split('/')[2]!;
}

async function answerInUi(page: Page, item: Item, answer: string) {
  const card = page.locator(`#item-${item.id}`);
  await card.getByRole('radio', { name: answer }).click();
  await card.getByText(en.checklist.saved).waitFor();
}

describe.skipIf(!HAS_CHROMIUM)(
  'browser journey: checklist, endorsement gate, portfolio, report',
  () => {
    beforeAll(async () => {
      app = await startApp();
      fs.mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(() => app?.close());

    it('takes a project from design to implementation', { timeout: 180_000 }, async () => {
      const manager = await signedIn('manager.sudan@demo.mainstream.test');
      const page = manager.page;
      const framework = await callApi<{ sectors: { code: string; name: string }[] }>(
        page,
        'GET',
        '/api/v1/framework?lang=en',
      );
      const shelter = framework.sectors.find((s) => s.code === 'shelter_nfi')!.name;
      const projectId = await createProject(page, shelter);
      const design = await checklistItems(page, projectId, 'design');
      const blocker = design.find((i) => i.mandatory)!;
      const partly = design.find((i) => !i.mandatory)!;

      // The two answers that matter, by tapping; the rest through the API, then a reload.
      await answerInUi(page, blocker, en.checklist.answers.not_met);
      await answerInUi(page, partly, en.checklist.answers.partly);
      await answerAll(
        page,
        projectId,
        design.filter((i) => i !== blocker && i !== partly),
      );
      await page.reload();
      await page.getByText(en.checklist.scores.mandatoryOpen.replace('{{count}}', '1')).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/checklist-en-desktop.png` });

      await page.getByRole('button', { name: en.projects.transition.toEndorsement }).click();
      await page.getByText(en.projects.transition.awaitingEndorsement).waitFor();
      await answerAll(page, projectId, await checklistItems(page, projectId, 'endorsement'));

      // The protection officer meets the gate, follows the link to the item, waives it, endorses.
      const officer = await signedIn('protection@demo.mainstream.test');
      const po = officer.page;
      await po.goto(`${app.baseUrl}/projects/${projectId}`);
      await po.getByRole('button', { name: en.projects.transition.toImplementation }).click();
      const alert = po.getByRole('alert').filter({ hasText: en.projects.blocked.title });
      await alert.waitFor();
      expect(await alert.getByRole('listitem').count()).toBe(1);
      expect(await seriousViolations(po)).toEqual([]);
      await alert.getByRole('link', { name: blocker.text }).click();
      const card = po.locator(`#item-${blocker.id}`);
      await card.getByRole('button', { name: en.checklist.waive }).click();
      await po
        .getByRole('dialog')
        .getByLabel(en.waivers.reason)
        .fill('Risk analysis is funded by the cluster and shared with us next month.');
      await po.getByRole('dialog').getByRole('button', { name: en.waivers.submit }).click();
      await card.getByText('Risk analysis is funded by the cluster').waitFor();
      await po.getByRole('button', { name: en.projects.transition.toImplementation }).click();
      await po
        .locator('.lifecycle [aria-current=step]')
        .getByText(en.projects.phases.implementation)
        .waitFor();
      await officer.context.close();

      // An action follows the partly met item; My actions shows it overdue.
      await page.goto(`${app.baseUrl}/projects/${projectId}?tab=checklist&phase=design`);
      await page
        .locator(`#item-${partly.id}`)
        .getByRole('button', { name: en.checklist.createAction })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel(en.actions.fields.title)
        .fill('Publish the targeting criteria in Arabic');
      await dialog.getByLabel(en.actions.fields.dueDate).fill('2026-01-15');
      await dialog.getByRole('button', { name: en.common.create }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('link', { name: en.nav.myActions }).click();
      const row = page.getByRole('row').filter({ hasText: 'Publish the targeting criteria' });
      await row.getByText(en.actions.overdue).waitFor();

      // The portfolio shows the country and the sector.
      await page.getByRole('link', { name: en.nav.portfolio }).click();
      const heatmap = page.getByRole('table', { name: /SDN/ });
      await heatmap.getByRole('columnheader', { name: shelter }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/portfolio-en-desktop.png`, fullPage: true });

      // The report, in French.
      await page.getByLabel(en.language.label).first().selectOption('fr');
      await page.goto(`${app.baseUrl}/projects/${projectId}/report`);
      await page.getByText(fr.report.title).waitFor();
      await page.getByRole('button', { name: fr.report.print }).waitFor();
      await page.getByRole('cell', { name: fr.checklist.answers.not_met, exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/report-fr-desktop.png`, fullPage: true });
      await manager.context.close();
    });
  },
);
