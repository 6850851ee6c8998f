/** Shared set-up of the risk analysis route tests: an organisation with places, users and projects. */
import type { Role } from '../../src/core/auth/roles.js';
import { locations } from '../../src/server/db/schema-strategic.js';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { createProject } from '../../src/server/services/projects.service.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, signIn, systemContext, type TestApp } from '../support/test-app.js';

export type Who = Role | 'tcdOfficer' | 'other';

const place = (pcode: string, parentPcode: string | null, country: string, level: number) => ({
  pcode,
  parentPcode,
  country,
  level,
  names: { en: `Place ${pcode}`, ar: `مكان ${pcode}` },
});

export const PLACES = [
  place('SD', null, 'SDN', 0),
  place('SD01', 'SD', 'SDN', 1),
  place('SD0101', 'SD01', 'SDN', 2),
  place('SD0102', 'SD01', 'SDN', 2),
  place('SD02', 'SD', 'SDN', 1),
  place('TD', null, 'TCD', 0),
  place('TD01', 'TD', 'TCD', 1),
];

/** The world of the tests: sessions per role, an API token, projects in two countries and abroad. */
export async function buildRiskWorld(t: TestApp) {
  const { organization, offices } = await buildOrganization(t.deps);
  const other = await buildOrganization(t.deps);
  await t.database.db
    .insert(locations)
    .values(PLACES.map((p) => ({ ...p, organizationId: organization.id })));
  await t.database.db
    .insert(locations)
    .values(PLACES.map((p) => ({ ...p, organizationId: other.organization.id })));
  const cookies = {} as Record<Who, string>;
  const roles: Role[] = ['protection_officer', 'project_manager', 'me_officer', 'viewer', 'admin'];
  for (const role of [...roles, 'feedback_operator' as const]) {
    cookies[role] = await signIn(t, (await buildUser(t.deps, organization.id, { role })).email);
  }
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
  const token = (await createToken(ctx, { name: 'Integration', role: 'protection_officer' })).token;
  const project = (code: string, country: string, orgCtx = ctx) =>
    createProject(orgCtx, { code, title: `Project ${code}`, country, sectors: ['shelter_nfi'] });
  const projects = {
    sdn: await project('SDN-PR-1', 'SDN'),
    tcd: await project('TCD-PR-1', 'TCD'),
    foreign: await project('SDN-PR-9', 'SDN', systemContext(t.deps, other.organization.id)),
  };
  return { organizationId: organization.id, cookies, token, projects };
}

/** A valid entry, with overrides. */
export function entry(overrides: Record<string, unknown> = {}) {
  return {
    locationPcode: 'SD0101',
    date: '2026-01-15',
    riskCode: 'gender_based_violence',
    threatDescription: 'Armed men patrol the road to the water point after dark.',
    affectedGroups: [{ description: 'Women and girls fetching water', sex: 'female' }],
    threat: { rating: 4, justification: 'Six incidents reported in December.' },
    vulnerability: { rating: 3, justification: 'No lighting, long distances.' },
    capacity: { rating: 2, justification: 'One women-led committee, no patrols.' },
    sources: [{ title: 'Protection monitoring, December 2026', date: '2026-01-05' }],
    ...overrides,
  };
}

/** Records an entry as the (organisation-wide) protection officer and returns the answer. */
export async function record(t: TestApp, cookie: string, overrides: Record<string, unknown> = {}) {
  const response = await call(t, 'POST', '/api/v1/risk-analyses', {
    cookie,
    body: entry(overrides),
  });
  return { status: response.status, body: await response.json() };
}
