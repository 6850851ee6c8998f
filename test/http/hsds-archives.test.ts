/** HSDS packages uploaded as ZIP files, as the standard's examples and our own export travel. */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServicesWorld } from '../support/services-factories.js';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildServicesWorld>>;
const FIXTURE = 'test/fixtures/formats/hsds/v3.0';

beforeAll(async () => {
  t = await createTestApp();
  world = await buildServicesWorld(t);
});
afterAll(() => t.close());

function upload(files: File[], fields: Record<string, string>) {
  const form = new FormData();
  for (const file of files) form.append('files', file);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return t.app.request(`${TEST_ORIGIN}/api/v1/directory/imports`, {
    method: 'POST',
    headers: { cookie: world.cookies.protection_officer, origin: TEST_ORIGIN },
    body: form,
  });
}

/** The HSDS 3.0 example as one ZIP, its files in a folder as publishers ship them. */
function exampleZip(extra: Record<string, Uint8Array> = {}) {
  const entries: Record<string, Uint8Array> = { ...extra };
  for (const name of fs.readdirSync(FIXTURE))
    entries[`hsds-example/${name}`] = new Uint8Array(fs.readFileSync(path.join(FIXTURE, name)));
  entries['__MACOSX/hsds-example/._services.csv'] = new TextEncoder().encode('resource fork');
  return new File([zipSync(entries)], 'hsds-example.zip', { type: 'application/zip' });
}

describe('HSDS packages as ZIP files', () => {
  it('reads the package inside a ZIP as it reads its files', async () => {
    const fields = { type: 'mhpss', locationPcode: 'SD0201', dryRun: 'true' };
    const response = await upload([exampleZip()], fields);
    expect(await response.json()).toEqual({
      dryRun: true,
      version: '3.0',
      created: 1,
      updated: 0,
    });
  });

  it('takes back its own HSDS export: every service found again, none created', async () => {
    const exported = await t.app.request(`${TEST_ORIGIN}/api/v1/directory/export?format=hsds`, {
      headers: { cookie: world.cookies.protection_officer },
    });
    expect(exported.status).toBe(200);
    const zip = new File([await exported.arrayBuffer()], 'export.zip');
    const response = await upload([zip], { type: 'other', dryRun: 'true' });
    const result = await response.json();
    expect(result).toMatchObject({ dryRun: true, version: '3.0', created: 0 });
    expect(result.updated).toBeGreaterThan(0);
  });

  it('refuses an archive whose files declare more than 50 MB, naming the file', async () => {
    const bomb = exampleZip({ 'hsds-example/padding.csv': new Uint8Array(51 * 1024 * 1024) });
    expect(bomb.size).toBeLessThan(1024 * 1024);
    const response = await upload([bomb], { type: 'mhpss', dryRun: 'true' });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.details.fields).toEqual([
      expect.objectContaining({ path: 'files.0', code: 'archive_too_large' }),
    ]);
  });

  it('refuses a damaged archive', async () => {
    const whole = new Uint8Array(await exampleZip().arrayBuffer());
    const damaged = new File([whole.subarray(0, whole.length / 2)], 'cut.zip');
    const response = await upload([damaged], { type: 'mhpss', dryRun: 'true' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.fields[0]).toMatchObject({
      path: 'files.0',
      code: 'unreadable_archive',
    });
  });
});
