/** Test data of site safety audits: an organisation with places, staff by role, sites and audit entries. */
import type { Role } from '../../src/core/auth/roles.js';
import type { AnswerEntry, AuditEntry } from '../../src/core/safety/safety-audit.schema.js';
import { latestSafetyTemplate } from '../../src/server/content/load-safety-templates.js';
import { locations } from '../../src/server/db/schema-strategic.js';
import { createProject } from '../../src/server/services/projects.service.js';
import { buildOrganization, buildUser } from './factories.js';
import { call, signIn, systemContext, type TestApp } from './test-app.js';

export type SafetyWho = Role | 'tcdOfficer' | 'other';

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
  place('SD0101', 'SD01', 'SDN', 2),
  place('TD', null, 'TCD', 0),
  place('TD01', 'TD', 'TCD', 1),
];

/** Two organisations with the same places; sessions per role, a Chad-only officer, a foreigner. */
export async function buildSafetyWorld(t: TestApp) {
  const { organization, offices } = await buildOrganization(t.deps);
  const other = await buildOrganization(t.deps);
  for (const orgId of [organization.id, other.organization.id])
    await t.database.db
      .insert(locations)
      .values(PLACES.map((p) => ({ ...p, organizationId: orgId })));
  const cookies = {} as Record<SafetyWho, string>;
  const userIds = {} as Record<SafetyWho, string>;
  const roles: Role[] = ['protection_officer', 'project_manager', 'me_officer', 'viewer', 'admin'];
  for (const role of [...roles, 'feedback_operator' as const, 'psea_focal_point' as const]) {
    const user = await buildUser(t.deps, organization.id, { role });
    cookies[role] = await signIn(t, user.email);
    userIds[role] = user.id;
  }
  const tcd = await buildUser(t.deps, organization.id, {
    role: 'protection_officer',
    officeIds: [offices[1]!.id],
  });
  cookies.tcdOfficer = await signIn(t, tcd.email);
  userIds.tcdOfficer = tcd.id;
  const foreigner = await buildUser(t.deps, other.organization.id, { role: 'protection_officer' });
  cookies.other = await signIn(t, foreigner.email);
  userIds.other = foreigner.id;
  const ctx = systemContext(t.deps, organization.id);
  const project = await createProject(ctx, {
    code: `SDN-SA-${Math.floor(Math.random() * 1e6)}`,
    title: 'Site management Darfur',
    country: 'SDN',
    sectors: ['shelter_nfi'],
  });
  return { organizationId: organization.id, cookies, userIds, project };
}

/** Creates a site through the API; returns its body. */
export async function buildSite(
  t: TestApp,
  cookie: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await call(t, 'POST', '/api/v1/safety/sites', {
    cookie,
    body: {
      name: `Site ${Math.random().toString(36).slice(2, 8)}`,
      type: 'camp',
      locationPcode: 'SD0101',
      ...overrides,
    },
  });
  if (response.status !== 201) throw new Error(`site: ${response.status} ${await response.text()}`);
  return response.json();
}

/** An audit entry answering every shipped item: low risk unless `risks` says otherwise. */
export async function auditEntry(
  date: string,
  risks: Record<string, AnswerEntry['risk']> = {},
  extra: Partial<AuditEntry> = {},
): Promise<AuditEntry> {
  const template = await latestSafetyTemplate();
  const answers = template.items.map((item): AnswerEntry => {
    const risk = risks[item.code] === undefined ? 'low' : risks[item.code]!;
    return {
      itemCode: item.code,
      answer: risk === 'low' ? 'yes' : risk === null ? 'not_applicable' : 'no',
      risk,
    };
  });
  return { date, atNight: true, answers, ...extra };
}
