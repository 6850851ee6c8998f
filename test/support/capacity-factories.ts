/** Test data of trainings, guidance, focal points and the roadmap: a world with every role. */
import { ROLES, type Role } from '../../src/core/auth/roles.js';
import { locations } from '../../src/server/db/schema-strategic.js';
import { createToken } from '../../src/server/services/api-tokens.service.js';
import { createProject } from '../../src/server/services/projects.service.js';
import { buildOrganization, buildUser } from './factories.js';
import { call, signIn, systemContext, type TestApp } from './test-app.js';

export type Who = Role | 'tcdOfficer' | 'other';

const place = (pcode: string, parentPcode: string | null, country: string, level: number) => ({
  pcode,
  parentPcode,
  country,
  level,
  names: { en: `Place ${pcode}`, ar: `مكان ${pcode}` },
});
const PLACES = [
  place('SD', null, 'SDN', 0),
  place('SD01', 'SD', 'SDN', 1),
  place('TD', null, 'TCD', 0),
  place('TD01', 'TD', 'TCD', 1),
];

/** Sessions and user ids per role, an office-scoped officer (Chad), another organisation, projects. */
export async function buildCapacityWorld(t: TestApp) {
  const { organization, offices } = await buildOrganization(t.deps);
  const other = await buildOrganization(t.deps);
  for (const org of [organization.id, other.organization.id])
    await t.database.db
      .insert(locations)
      .values(PLACES.map((p) => ({ ...p, organizationId: org })));
  const cookies = {} as Record<Who, string>;
  const userIds = {} as Record<Who, string>;
  for (const role of ROLES) {
    const user = await buildUser(t.deps, organization.id, { role, name: `Staff ${role}` });
    userIds[role] = user.id;
    cookies[role] = await signIn(t, user.email);
  }
  const tcd = await buildUser(t.deps, organization.id, {
    role: 'protection_officer',
    officeIds: [offices[1]!.id],
    name: 'Chad officer',
  });
  userIds.tcdOfficer = tcd.id;
  cookies.tcdOfficer = await signIn(t, tcd.email);
  const outsider = await buildUser(t.deps, other.organization.id, { role: 'protection_officer' });
  userIds.other = outsider.id;
  cookies.other = await signIn(t, outsider.email);
  const ctx = systemContext(t.deps, organization.id);
  const token = (await createToken(ctx, { name: 'Integration', role: 'protection_officer' })).token;
  const viewerToken = (await createToken(ctx, { name: 'Dashboard', role: 'viewer' })).token;
  const project = (code: string, country: string, orgCtx = ctx) =>
    createProject(orgCtx, { code, title: `Project ${code}`, country, sectors: ['shelter_nfi'] });
  const projects = {
    sdn: await project('SDN-CAP-1', 'SDN'),
    tcd: await project('TCD-CAP-1', 'TCD'),
    foreign: await project('SDN-CAP-9', 'SDN', systemContext(t.deps, other.organization.id)),
  };
  return {
    organizationId: organization.id,
    offices: { sdn: offices[0]!, tcd: offices[1]!, foreign: other.offices[0]! },
    cookies,
    userIds,
    token,
    viewerToken,
    projects,
  };
}

export type CapacityWorld = Awaited<ReturnType<typeof buildCapacityWorld>>;

/** A valid training session, with overrides. */
export function buildTrainingSession(overrides: Record<string, unknown> = {}) {
  return {
    topic: 'psea',
    date: '2026-03-10',
    locationPcode: 'SD01',
    facilitator: 'PSEA network coordinator',
    language: 'ar',
    participants: [
      { participantType: 'staff', sex: 'female', count: 6 },
      { participantType: 'staff', sex: 'male', count: 4 },
      { participantType: 'partner', sex: 'female', count: 2 },
    ],
    ...overrides,
  };
}

/** A valid milestone, with overrides. */
export function buildMilestone(overrides: Record<string, unknown> = {}) {
  return {
    pillar: 'capacity',
    title: 'Every country office has a trained PSEA focal point',
    owner: 'Head of protection',
    dueDate: '2026-06-30',
    ...overrides,
  };
}

/** POSTs a body as someone and answers the status and parsed body. */
export async function post(t: TestApp, path: string, cookie: string, body: unknown, headers = {}) {
  const response = await call(t, 'POST', path, { cookie, body, headers });
  return { status: response.status, body: await response.json() };
}
