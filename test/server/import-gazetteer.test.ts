import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { auditLog } from '../../src/server/db/schema.js';
import { locations } from '../../src/server/db/schema-strategic.js';
import { loadDemoLocations } from '../../src/server/demo/load-demo-locations.js';
import { findLocationsByPcodes } from '../../src/server/repos/locations.repo.js';
import { importGazetteer } from '../../src/server/services/locations/import-gazetteer.js';
import type { Context } from '../../src/server/services/context.js';
import { buildOrganization } from '../support/factories.js';
import { createTestApp, systemContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let ctx: Context;
let organizationId: string;

const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(fs.readFileSync(`test/fixtures/formats/${name}`)),
});
const csv = (text: string, name = 'file.csv') => ({ name, bytes: new TextEncoder().encode(text) });
const count = async () =>
  (await t.database.db.select().from(locations).where(eq(locations.organizationId, organizationId)))
    .length;
const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(AppError.isAppError(error)).toBe(true);
  return error as AppError & { details: { problems: Record<string, unknown>[] } };
};

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await buildOrganization(t.deps)).organization.id;
  ctx = systemContext(t.deps, organizationId);
});
afterAll(() => t.close());

describe('importGazetteer', () => {
  it('imports the Yemen workbook from its deepest sheet, with countries from the admin0 P-code', async () => {
    const result = await importGazetteer(ctx, fixture('cod-ab-sample.xlsx'), { dryRun: false });
    expect(result).toMatchObject({
      sheet: 'admin2',
      countries: ['YEM'],
      byLevel: { 0: 1, 1: 12, 2: 173 },
      created: 186,
      updated: 0,
      dryRun: false,
    });
    const found = await findLocationsByPcodes(t.database.db, organizationId, ['YE1209', 'YE']);
    expect(found.get('YE1209')).toMatchObject({ country: 'YEM', level: 2, parentPcode: 'YE12' });
    expect(found.get('YE')?.names).toEqual({ en: 'Yemen', ar: 'اليمن' });
  });

  it('re-imports idempotently, and the admin1 table adds the other governorates', async () => {
    const again = await importGazetteer(ctx, fixture('cod-ab-sample.csv'), { dryRun: false });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 186, notInFile: 0 });
    const admin1 = await importGazetteer(ctx, fixture('cod-ab-sample-adm1.csv'), { dryRun: false });
    expect(admin1).toMatchObject({ created: 10, unchanged: 13, notInFile: 173 });
    expect(await count()).toBe(196);
  });

  it('updates names and parents from a corrected gazetteer, merging languages, and audits counts only', async () => {
    const corrected = csv(
      'admin0Pcode,admin1Pcode,admin1Name_en,admin1Name_fr,admin2Pcode,admin2Name_en\n' +
        'YE,YE12,Abyan Governorate,Abyan,YE1209,Ahwar District\n',
    );
    const dry = await importGazetteer(ctx, corrected, { dryRun: true });
    expect(dry).toMatchObject({ created: 0, updated: 2, unchanged: 1, dryRun: true });
    expect(
      (await findLocationsByPcodes(t.database.db, organizationId, ['YE12'])).get('YE12')?.names.en,
    ).toBe('Abyan');
    await importGazetteer(ctx, corrected, { dryRun: false });
    const found = await findLocationsByPcodes(t.database.db, organizationId, ['YE12', 'YE1209']);
    expect(found.get('YE12')?.names).toEqual({ en: 'Abyan Governorate', ar: 'ابين', fr: 'Abyan' });
    expect(found.get('YE1209')?.names.en).toBe('Ahwar District');
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.organizationId, organizationId), eq(auditLog.action, 'locations.import')),
      )
      .orderBy(auditLog.id)
      .limit(1)
      .offset(3);
    expect(entry?.details).toMatchObject({
      locations: 3,
      created: 0,
      updated: 2,
      countries: ['YEM'],
    });
    expect(JSON.stringify(entry?.details)).not.toMatch(/Abyan|Ahwar/);
  });

  it('moves a place under the parent a later gazetteer gives it', async () => {
    await importGazetteer(ctx, csv('admin2Pcode,admin2Name_en\nYE9901,Island\n'), {
      dryRun: false,
    });
    const orphan = await findLocationsByPcodes(t.database.db, organizationId, ['YE9901']);
    expect(orphan.get('YE9901')).toMatchObject({ parentPcode: null, country: 'YEM', level: 2 });
    const moved = await importGazetteer(
      ctx,
      csv('admin1Pcode,admin1Name_en,admin2Pcode,admin2Name_en\nYE99,Islands,YE9901,Island\n'),
      { dryRun: false },
    );
    expect(moved).toMatchObject({ created: 1, updated: 1 });
    const found = await findLocationsByPcodes(t.database.db, organizationId, ['YE9901']);
    expect(found.get('YE9901')?.parentPcode).toBe('YE99');
  });

  it('rejects the file whose Arabic was destroyed by a code page, writing nothing', async () => {
    const before = await count();
    const error = await rejection(
      importGazetteer(ctx, fixture('cod-ab-lossy-encoding-sample.csv'), { dryRun: false }),
    );
    expect(error.message).toBe('locations.import_invalid');
    expect(error.details.problems.map((p) => [p.column, p.code, p.lines])).toEqual([
      ['admin0Name_ar', 'lost_encoding', 15],
      ['admin1Name_ar', 'lost_encoding', 15],
      ['admin2Name_ar', 'lost_encoding', 15],
      ['admin3Name_ar', 'lost_encoding', 15],
    ]);
    expect(await count()).toBe(before);
  });

  it('rejects places whose country cannot be derived, and bad dates, by line and column', async () => {
    const error = await rejection(
      importGazetteer(
        ctx,
        csv(
          'admin0Pcode,admin1Pcode,admin1Name_en,validOn\nSD,SD01,Khartoum,2024-01-01\n' +
            'XX,XX01,Nowhere,2024-01-01\nSD,SD02,Kassala,01/02/2024\n',
        ),
        { dryRun: true },
      ),
    );
    expect(error.details.problems).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'admin0Pcode',
        code: 'unknown_country',
        value: 'XX',
      }),
      expect.objectContaining({
        line: 4,
        column: 'validOn',
        code: 'invalid_date',
        value: '01/02/2024',
      }),
    ]);
  });

  it('refuses an empty table and a file without P-code columns', async () => {
    expect((await rejection(importGazetteer(ctx, csv(''), { dryRun: true }))).message).toBe(
      'locations.import_empty',
    );
    const noPcode = await rejection(
      importGazetteer(ctx, csv('name,code\nKayes,ML01\n'), { dryRun: true }),
    );
    expect(noPcode.details.problems[0]).toMatchObject({
      code: 'no_pcode_column',
      message: expect.any(String),
    });
  });

  it('leaves nothing behind when a write fails mid-import', async () => {
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `TD,TD01,Lac,TD01${String(i).padStart(4, '0')},District ${i}`,
    );
    const file = csv(
      `admin0Pcode,admin1Pcode,admin1Name_en,admin2Pcode,admin2Name_en\n${rows.join('\n')}\n`,
    );
    const before = await count();
    const failing = importGazetteer(ctx, file, {
      dryRun: false,
      onProgress: (written) => {
        if (written >= 1000) throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await count()).toBe(before);
  });

  it('loads the constructed Sudan demo hierarchy, named in the four languages', async () => {
    const demo = (await buildOrganization(t.deps)).organization.id;
    await loadDemoLocations(systemContext(t.deps, demo));
    const rows = await t.database.db
      .select()
      .from(locations)
      .where(eq(locations.organizationId, demo));
    expect(
      rows
        .filter((r) => r.country === 'SDN')
        .map((r) => r.level)
        .sort(),
    ).toEqual([
      0,
      ...Array<number>(6).fill(1),
      ...Array<number>(18).fill(2),
      ...Array<number>(7).fill(3),
    ]);
    for (const row of rows) expect(Object.keys(row.names).sort()).toEqual(['ar', 'en', 'es', 'fr']);
    expect(rows.find((r) => r.pcode === 'SD020102')?.parentPcode).toBe('SD0201');
  });
});
