/** Set-up of the service directory and referral tests: places, users per role, services, cases. */
import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '../../src/core/auth/roles.js';
import { locations } from '../../src/server/db/schema-strategic.js';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { createService } from '../../src/server/services/directory/directory.service.js';
import { createFeedback } from '../../src/server/services/feedback/feedback.service.js';
import { buildOrganization, buildUser } from './factories.js';
import { signIn, systemContext, type TestApp } from './test-app.js';

export type ServicesWho = Role | 'tcdOfficer' | 'other';

const place = (pcode: string, parentPcode: string | null, country: string, level: number) => ({
  pcode,
  parentPcode,
  country,
  level,
  names: { en: `Place ${pcode}`, es: `Lugar ${pcode}`, ar: `مكان ${pcode}` },
});

export const SERVICE_PLACES = [
  place('SD', null, 'SDN', 0),
  place('SD01', 'SD', 'SDN', 1),
  place('SD0101', 'SD01', 'SDN', 2),
  place('SD0102', 'SD01', 'SDN', 2),
  place('SD02', 'SD', 'SDN', 1),
  place('SD0201', 'SD02', 'SDN', 2),
  place('TD', null, 'TCD', 0),
  place('TD01', 'TD', 'TCD', 1),
];

/** A valid directory entry, with overrides. */
export function serviceEntry(overrides: Record<string, unknown> = {}) {
  return {
    type: 'gbv',
    name: 'Women and girls safe space',
    description: 'Case management and psychosocial support for survivors.',
    providerName: 'Sudanese Women Union',
    locationPcodes: ['SD01'],
    phone: '+249 912 000 111',
    email: 'safe.space@example.org',
    address: 'Block 4, next to the health centre',
    hours: 'Sunday–Thursday 08:00–16:00',
    languages: ['ar', 'en'],
    accessibility: ['wheelchair', 'women_staff'],
    cost: 'free',
    eligibility: 'Women and girls, survivors of violence',
    minimumAge: 12,
    lastVerifiedOn: '2026-11-01',
    ...overrides,
  };
}

/** A valid referral request with consent, with overrides. */
export function referralRequest(serviceId: string, overrides: Record<string, unknown> = {}) {
  return {
    serviceId,
    person: {
      name: 'Amina A.',
      phone: '+249 900 000 000',
      sex: 'female',
      age: 24,
      need: 'Case management',
    },
    consent: {
      givenBy: 'person',
      givenAt: '2026-11-30T10:00:00Z',
      purpose: 'Referral to GBV case management',
      mayShare: ['name', 'phone', 'sex', 'age', 'need'],
    },
    followUpOn: '2026-12-07',
    ...overrides,
  };
}

/** The world: places in two countries and abroad, sessions per role, services and cases. */
export async function buildServicesWorld(t: TestApp) {
  const { organization, offices } = await buildOrganization(t.deps);
  const other = await buildOrganization(t.deps);
  for (const orgId of [organization.id, other.organization.id])
    await t.database.db
      .insert(locations)
      .values(SERVICE_PLACES.map((p) => ({ ...p, organizationId: orgId })));
  const cookies = {} as Record<ServicesWho, string>;
  const roles: Role[] = [
    'protection_officer',
    'project_manager',
    'me_officer',
    'viewer',
    'admin',
    'feedback_operator',
    'psea_focal_point',
  ];
  for (const role of roles)
    cookies[role] = await signIn(t, (await buildUser(t.deps, organization.id, { role })).email);
  const tcd = await buildUser(t.deps, organization.id, {
    role: 'protection_officer',
    officeIds: [offices[1]!.id],
  });
  cookies.tcdOfficer = await signIn(t, tcd.email);
  cookies.other = await signIn(
    t,
    (await buildUser(t.deps, other.organization.id, { role: 'protection_officer' })).email,
  );
  const ctx = systemContext(t.deps, organization.id);
  const token = (await createToken(ctx, { name: 'Directory sync', role: 'viewer' })).token;
  const services = {
    gbv: await createService(ctx, serviceEntry()),
    health: await createService(
      ctx,
      serviceEntry({
        type: 'health',
        name: 'Clinic',
        locationPcodes: ['SD0102'],
        cost: 'fee',
        languages: ['ar'],
        accessibility: [],
        lastVerifiedOn: '2025-01-10',
      }),
    ),
    chad: await createService(
      ctx,
      serviceEntry({
        name: 'Chad safe space',
        locationPcodes: ['TD01'],
        lastVerifiedOn: '2025-03-01',
      }),
    ),
    inactive: await createService(ctx, serviceEntry({ name: 'Closed space', status: 'inactive' })),
  };
  const caseOf = async (sensitivity: 'non_sensitive' | 'sea') => {
    const result = await createFeedback(ctx, {
      channel: 'hotline',
      sensitivity,
      country: 'SDN',
      narrative: 'NARRATIVE-MUST-NOT-BE-SHARED: the person told the hotline what happened.',
      anonymous: false,
      consentToContact: false,
      adminAreas: [],
    } as never);
    return result.kind === 'case' ? result.case.id : '';
  };
  const cases = { plain: await caseOf('non_sensitive'), sea: await caseOf('sea') };
  return { organizationId: organization.id, cookies, token, services, cases };
}

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/formats/hsds');

/** The files of a fixture package as a multipart form, with the other fields given. */
export function hsdsForm(
  version: 'v3.0' | 'v1.1-simple',
  fields: Record<string, string> = {},
  edit?: (name: string, text: string) => string,
) {
  const form = new FormData();
  for (const name of fs.readdirSync(path.join(FIXTURES, version)).sort()) {
    const text = fs.readFileSync(path.join(FIXTURES, version, name), 'utf8');
    form.append('files', new File([edit ? edit(name, text) : text], name));
  }
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}
