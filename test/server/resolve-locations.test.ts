import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import type { Actor } from '../../src/core/policy/actor.js';
import { locations } from '../../src/server/db/schema-strategic.js';
import {
  descendantPcodes,
  resolveLocations,
} from '../../src/server/services/locations/resolve-locations.js';
import { buildOrganization } from '../support/factories.js';
import { createTestApp, systemContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let organizationId: string;
let otherOrganizationId: string;

const place = (pcode: string, parentPcode: string | null, country: string) => ({
  pcode,
  parentPcode,
  country,
  level: parentPcode === null ? 0 : pcode.length / 2 - 1,
  names: { en: pcode },
});

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await buildOrganization(t.deps)).organization.id;
  otherOrganizationId = (await buildOrganization(t.deps)).organization.id;
  const rows = [
    place('SD', null, 'SDN'),
    place('SD01', 'SD', 'SDN'),
    place('SD0101', 'SD01', 'SDN'),
    place('SD0102', 'SD01', 'SDN'),
    place('SD010101', 'SD0101', 'SDN'),
    place('SD02', 'SD', 'SDN'),
    place('TD', null, 'TCD'),
  ];
  await t.database.db.insert(locations).values(rows.map((r) => ({ ...r, organizationId })));
  await t.database.db
    .insert(locations)
    .values([{ ...place('SD03', 'SD', 'SDN'), organizationId: otherOrganizationId }]);
});
afterAll(() => t.close());

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(AppError.isAppError(error)).toBe(true);
  return error as AppError;
};

describe('resolveLocations', () => {
  it('returns the places keyed by P-code', async () => {
    const found = await resolveLocations(systemContext(t.deps, organizationId), organizationId, [
      'SD01',
      { pcode: 'SD0101', path: 'locationPcode' },
    ]);
    expect([...found.keys()].sort()).toEqual(['SD01', 'SD0101']);
    expect(found.get('SD0101')).toMatchObject({ country: 'SDN', level: 2, parentPcode: 'SD01' });
  });

  it("names every unknown P-code at the caller's path, another organisation's included", async () => {
    const error = await failure(
      resolveLocations(systemContext(t.deps, organizationId), organizationId, [
        { pcode: 'SD01', path: 'rows.0.locationPcode' },
        { pcode: 'SD99', path: 'rows.1.locationPcode' },
        { pcode: 'SD03', path: 'rows.2.locationPcode' },
      ]),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual({
      fields: [
        { path: 'rows.1.locationPcode', code: 'unknown_pcode', params: { pcode: 'SD99' } },
        { path: 'rows.2.locationPcode', code: 'unknown_pcode', params: { pcode: 'SD03' } },
      ],
    });
  });

  it("treats a place outside an office-scoped actor's countries as unknown", async () => {
    const actor: Actor = {
      kind: 'user',
      id: '00000000-0000-0000-0000-000000000001',
      label: 'test',
      organizationId,
      role: 'me_officer',
      officeIds: ['00000000-0000-0000-0000-000000000002'],
      countries: ['TCD'],
      sessionId: null,
    };
    const ctx = { ...systemContext(t.deps, organizationId), actor };
    expect((await resolveLocations(ctx, organizationId, ['TD'])).size).toBe(1);
    const error = await failure(resolveLocations(ctx, organizationId, ['TD', 'SD01']));
    expect(error.details).toMatchObject({ fields: [{ path: 'pcodes.1', code: 'unknown_pcode' }] });
  });
});

describe('descendantPcodes', () => {
  it('returns the place and everything below it', async () => {
    expect(await descendantPcodes(t.database.db, organizationId, 'SD01')).toEqual([
      'SD01',
      'SD0101',
      'SD010101',
      'SD0102',
    ]);
    expect(await descendantPcodes(t.database.db, organizationId, 'SD')).toHaveLength(6);
  });

  it("is empty for an unknown P-code and for another organisation's place", async () => {
    expect(await descendantPcodes(t.database.db, organizationId, 'XX')).toEqual([]);
    expect(await descendantPcodes(t.database.db, organizationId, 'SD03')).toEqual([]);
  });
});
