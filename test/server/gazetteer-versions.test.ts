/**
 * Gazetteer versions: the old P-code columns become recorded code changes, a file that replaces
 * the gazetteer retires the places it no longer has (of its countries and levels only), and new
 * records may name a retired place only when dated before its retirement.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { findLocationsByPcodes } from '../../src/server/repos/locations.repo.js';
import { importGazetteer } from '../../src/server/services/locations/import-gazetteer.js';
import { getLocation } from '../../src/server/services/locations/locations.service.js';
import { placeInScope } from '../../src/server/services/risk/risk-scope.js';
import { importBaselines } from '../../src/server/services/reach/baseline-import.js';
import { importReach } from '../../src/server/services/reach/import-reach.js';
import { bytesSource } from '../../src/server/services/reach/read-rows.js';
import { buildProject } from '../support/reach-fixtures.js';
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
const csv = (text: string) => ({ name: 'newer.csv', bytes: new TextEncoder().encode(text) });
const fieldsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(AppError.isAppError(error)).toBe(true);
  return (error as AppError).details as { fields: Record<string, unknown>[] };
};

const rowsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(AppError.isAppError(error)).toBe(true);
  return ((error as AppError).details as { rows: Record<string, unknown>[] }).rows;
};

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await buildOrganization(t.deps)).organization.id;
  ctx = systemContext(t.deps, organizationId);
});
afterAll(() => t.close());

describe('gazetteer versions', () => {
  it('records the P-code changes of the old P-code column (Taiz renumbered, Socotra moved)', async () => {
    const result = await importGazetteer(ctx, fixture('cod-ab-sample.csv'), { dryRun: false });
    expect(result).toMatchObject({ created: 186, codeChanges: 28, retired: 0 });
    const mukalla = await getLocation(ctx, 'YE1926');
    expect(mukalla.formerPcodes).toEqual(['YE1930']);
    // YE1503 is a current district and also the old code of YE1502: both facts are kept.
    expect((await getLocation(ctx, 'YE1502')).formerPcodes).toEqual(['YE1503']);
  });

  it('answers an old code no current place has with its new code', async () => {
    const { fields } = await fieldsOf(placeInScope(ctx, 'YE1930'));
    expect(fields).toEqual([
      {
        path: 'locationPcode',
        code: 'replaced_pcode',
        params: { pcode: 'YE1930', newPcodes: 'YE1926' },
      },
    ]);
  });

  it('counts but keeps missing places unless the file replaces the gazetteer', async () => {
    const newer =
      'admin0Pcode,admin1Pcode,admin1Name_en,admin2Pcode,admin2Name_en,validOn\n' +
      'YE,YE11,Ibb,YE1101,Al Qafr,2026-06-01\n';
    const kept = await importGazetteer(ctx, csv(newer), { dryRun: false });
    expect(kept).toMatchObject({ notInFile: 183, retired: 0 });
    const dry = await importGazetteer(ctx, csv(newer), { dryRun: true, retireMissing: true });
    expect(dry).toMatchObject({ retired: 183, dryRun: true });
    expect(
      (await findLocationsByPcodes(t.database.db, organizationId, ['YE1102'])).get('YE1102'),
    ).toMatchObject({ retiredOn: null });

    const replaced = await importGazetteer(ctx, csv(newer), {
      dryRun: false,
      retireMissing: true,
    });
    expect(replaced).toMatchObject({ retired: 183 });
    const found = await findLocationsByPcodes(t.database.db, organizationId, [
      'YE1101',
      'YE1102',
      'YE12',
      'YE',
    ]);
    expect(found.get('YE1102')?.retiredOn).toBe('2026-06-01');
    expect(found.get('YE12')?.retiredOn).toBe('2026-06-01');
    expect(found.get('YE1101')?.retiredOn).toBeNull();
    expect(found.get('YE')?.retiredOn).toBeNull();
  });

  it('lets records dated before the retirement name the place, and refuses later ones', async () => {
    expect((await placeInScope(ctx, 'YE1102', 'locationPcode', '2026-05-31')).pcode).toBe('YE1102');
    const { fields } = await fieldsOf(placeInScope(ctx, 'YE1102', 'locationPcode', '2026-06-01'));
    expect(fields).toEqual([
      {
        path: 'locationPcode',
        code: 'retired_pcode',
        params: { pcode: 'YE1102', retiredOn: '2026-06-01' },
      },
    ]);
    await fieldsOf(placeInScope(ctx, 'YE1102'));
  });

  it('refuses, in a reach file, the rows dated from a place’s retirement, and old codes by name', async () => {
    const project = await buildProject(t.deps, organizationId, 'YEM');
    const file = [
      'location_pcode,period_start,period_end,sex,age_bracket,disability,count',
      'YE1102,2026-05-01,2026-05-31,female,18-59,not_disabled,12',
      'YE1102,2026-06-01,2026-06-30,female,18-59,not_disabled,9',
      'YE1101,2026-06-01,2026-06-30,female,18-59,not_disabled,7',
      'YE1930,2026-05-01,2026-05-31,male,18-59,not_disabled,4',
    ].join('\n');
    const rows = await rowsOf(
      importReach(ctx, bytesSource('reach.csv', new TextEncoder().encode(file)), {
        projectId: project.id,
        kind: 'aggregated',
        dryRun: true,
      }),
    );
    expect(rows).toEqual([
      { line: 3, field: 'location', code: 'retired_pcode', params: { retiredOn: '2026-06-01' } },
      { line: 5, field: 'location', code: 'replaced_pcode', params: { newPcodes: 'YE1926' } },
    ]);
  });

  it('refuses a baseline file dated from a retirement, and takes it dated before', async () => {
    const file =
      'location_pcode,sex,age_bracket,disability,count\nYE1102,female,18-59,disabled,40\n';
    const request = { source: 'Census', dryRun: true };
    const rows = await rowsOf(
      importBaselines(ctx, bytesSource('baseline.csv', new TextEncoder().encode(file)), {
        ...request,
        referenceDate: '2026-07-01',
      }),
    );
    expect(rows).toEqual([
      { line: 2, field: 'location', code: 'retired_pcode', params: { retiredOn: '2026-06-01' } },
    ]);
    const before = await importBaselines(
      ctx,
      bytesSource('baseline.csv', new TextEncoder().encode(file)),
      {
        ...request,
        referenceDate: '2026-01-01',
      },
    );
    expect(before).toMatchObject({ rows: 1, baselines: 1 });
  });

  it('does not retire deeper levels than the file has, and brings a place back', async () => {
    const admin1 = 'admin0Pcode,admin1Pcode,admin1Name_en\nYE,YE11,Ibb\nYE,YE12,Abyan\n';
    const result = await importGazetteer(ctx, csv(admin1), { dryRun: false, retireMissing: true });
    // Only admin1 places are compared: YE1101 (admin2) stays current.
    expect(result.updated).toBe(1);
    const found = await findLocationsByPcodes(t.database.db, organizationId, ['YE12', 'YE1101']);
    expect(found.get('YE12')?.retiredOn).toBeNull();
    expect(found.get('YE1101')?.retiredOn).toBeNull();
  });
});
