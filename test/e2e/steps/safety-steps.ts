/**
 * Browser steps of site safety audits (issue 6): run an audit with a photo and a high-risk finding
 * that becomes an action; re-audit and see the change. Each takes a signed-in page (a protection
 * officer) and the base URL, and returns what the next step needs.
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { expect } from 'vitest';
import en from '../../../src/web/i18n/locales/en.json' with { type: 'json' };

const s = en.safety;
/** The field whose label is exactly the text (Mantine adds " *" to required ones). */
const labelled = (page: Page, text: string) =>
  page.getByLabel(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Answers every item of the audit form: yes (low) except the ones given, answered no/partly. */
async function answerAll(page: Page, special: Record<string, { answer: string; risk: string }>) {
  const items = page.locator('fieldset.safety-item');
  await items.first().waitFor();
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const code = (await item.getAttribute('data-item'))!;
    const wanted = special[code];
    await item.getByRole('radio', { name: wanted?.answer ?? s.answer.yes, exact: true }).check();
    if (wanted) await item.getByRole('radio', { name: wanted.risk, exact: true }).check();
  }
}

/** A photo as a phone takes it: large, with GPS in its EXIF. */
function phonePhoto() {
  return sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#556b2f' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '13/1 37/1 0/1' } })
    .toBuffer();
}

/** Records a site, audits it with lighting rated high, adds a photo and makes the finding an action. */
export async function runSafetyAudit(page: Page, baseUrl: string) {
  const siteName = `Kutum gathering site ${Date.now().toString(36)}`;
  await page.goto(`${baseUrl}/safety`);
  await page.getByRole('button', { name: s.siteForm.open }).click();
  await labelled(page, s.siteForm.name).fill(siteName);
  await labelled(page, s.siteForm.place).fill('SD0202');
  await page.getByRole('button', { name: s.siteForm.submit }).click();
  await page.getByRole('heading', { name: siteName }).waitFor();
  const siteUrl = page.url();
  await page.getByRole('link', { name: s.audits.new }).click();
  await labelled(page, s.form.date).fill(daysAgo(7));
  await answerAll(page, { 'lit-01': { answer: s.answer.no, risk: s.risk.high } });
  await page.getByRole('button', { name: s.form.submit }).click();
  await page.waitForURL(/\/safety\/audits\//);
  await page.getByText(s.audit.first).waitFor();
  const photoInput = page.locator('input[type=file]');
  await photoInput.setInputFiles({
    name: 'IMG_2041.jpg',
    mimeType: 'image/jpeg',
    buffer: await phonePhoto(),
  });
  await page.getByRole('button', { name: s.photos.upload }).click();
  await page.getByRole('img', { name: /Photo 1/ }).waitFor();
  await labelled(page, s.actionForm.what).fill('Light the path to the latrines of block A');
  await page.locator('input').and(page.getByLabel(s.actionForm.owner)).click();
  await page.getByRole('option', { name: 'Claire Mbaye' }).click();
  await labelled(page, s.actionForm.due).fill(daysAgo(-14));
  await page.getByRole('button', { name: s.actionForm.submit }).click();
  await page.getByRole('link', { name: 'Light the path to the latrines of block A' }).waitFor();
  return { siteUrl, siteName, auditUrl: page.url() };
}

/**
 * On an audit's page, adds a photo and removes it again by keyboard: the first step asks, the
 * second (which takes the focus) deletes; the photo is gone from the page.
 */
export async function addAndRemovePhotoByKeyboard(page: Page, t: typeof s) {
  const photos = page.locator('section[aria-labelledby="photos-title"] img');
  const before = await photos.count();
  await page.locator('input[type=file]').setInputFiles({
    name: 'IMG_2077.jpg',
    mimeType: 'image/jpeg',
    buffer: await phonePhoto(),
  });
  await page.getByRole('button', { name: t.photos.upload }).click();
  await expect.poll(() => photos.count()).toBe(before + 1);
  const number = String(before + 1);
  await page
    .getByRole('button', { name: t.photos.removeNamed.replace('{{number}}', number) })
    .focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('button', {
    name: t.photos.confirmRemove.replace('{{number}}', number),
  });
  await expect.poll(() => confirm.evaluate((b) => b === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => photos.count()).toBe(before);
}

/** Re-audits the site with lighting now medium and sees "better" against the last audit and the trend. */
export async function reauditAndSeeChange(page: Page, baseUrl: string, siteUrl: string) {
  await page.goto(siteUrl.startsWith('http') ? siteUrl : `${baseUrl}${siteUrl}`);
  await page.getByRole('link', { name: s.audits.reaudit }).click();
  await labelled(page, s.form.date).fill(daysAgo(0));
  await answerAll(page, { 'lit-01': { answer: s.answer.partly, risk: s.risk.medium } });
  await page.getByRole('button', { name: s.form.submit }).click();
  await page.waitForURL(/\/safety\/audits\//);
  const lighting = page.locator('tr[data-item="lit-01"]');
  await lighting.getByText(s.change.better).waitFor();
  await page
    .getByRole('link', { name: new RegExp(s.audit.comparedWith.replace('{{date}}', '')) })
    .waitFor();
  const reauditUrl = page.url();
  await page.goto(siteUrl);
  await page.getByRole('heading', { name: s.trend.title }).waitFor();
  const rows = page.getByRole('region', { name: s.trend.caption }).locator('tbody tr');
  await rows.nth(1).waitFor();
  return { reauditUrl, trendRows: await rows.count() };
}

/** Adds an item to the organisation's template in four languages, then retires it again. */
export async function editSafetyTemplate(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/safety/template`);
  await page.getByRole('button', { name: s.template.add }).click();
  await labelled(page, s.template.code).fill('lat-06');
  await page.locator('input').and(page.getByLabel(s.template.topic)).click();
  await page.getByRole('option', { name: 'Latrines' }).click();
  const texts = {
    English: 'Are bins for menstrual hygiene provided in the women’s latrines?',
    French:
      'Des poubelles pour l’hygiène menstruelle sont-elles prévues dans les latrines des femmes ?',
    Spanish: '¿Hay papeleras para la higiene menstrual en las letrinas de mujeres?',
    Arabic: 'هل توجد سلال لمستلزمات النظافة الشهرية في مراحيض النساء؟',
  };
  for (const [language, question] of Object.entries(texts))
    await labelled(page, s.template.question.replace('{{language}}', language)).fill(question);
  await page.getByRole('button', { name: s.template.save }).click();
  await page.getByText(texts.English).waitFor();
  await page
    .getByRole('button', { name: s.template.retireOf.replace('{{code}}', 'lat-06') })
    .click();
  await page
    .getByRole('button', { name: s.template.restoreOf.replace('{{code}}', 'lat-06') })
    .waitFor();
  return { code: 'lat-06' };
}
