/** Loads the demo dataset through the same services as everything else (validated and audited). */
import { systemActor } from '../../core/policy/actor.js';
import { countOrganizations, findOrganizationByCode } from '../repos/organizations.repo.js';
import type { Context, Deps } from '../services/context.js';
import { createOffice, createOrganization } from '../services/organizations.service.js';
import { createUser } from '../services/users.service.js';
import { loadDemoProjects } from './load-demo-projects.js';
import { loadDemoLocations } from './load-demo-locations.js';
import { loadDemoRisks } from './load-demo-risks.js';
import { loadDemoReach } from './load-demo-reach.js';
import { loadDemoSafety } from './load-demo-safety.js';
import { loadDemoServices } from './load-demo-services.js';
import { loadDemoCapacity } from './load-demo-capacity.js';
import { loadDemoParticipation } from './load-demo-participation.js';
import { DEMO_OFFICES, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS } from './demo-data.js';

export interface DemoLogin {
  email: string;
  role: string;
  password: string;
}

/** Loads the demo organisation unless it exists; returns the logins. */
export async function loadDemo(deps: Deps): Promise<{ loaded: boolean; logins: DemoLogin[] }> {
  const logins = DEMO_USERS.map((u) => ({ email: u.email, role: u.role, password: DEMO_PASSWORD }));
  const base: Context = {
    deps,
    db: deps.database.db,
    actor: systemActor('demo'),
    origin: { ip: null, userAgent: 'mainstream demo' },
    lang: 'en',
  };
  if (await findOrganizationByCode(base.db, DEMO_ORGANIZATION.code))
    return { loaded: false, logins };
  const organization = await createOrganization(base, DEMO_ORGANIZATION);
  const ctx: Context = { ...base, actor: systemActor('demo', organization.id) };
  const officeIds = new Map<string, string>();
  for (const office of DEMO_OFFICES) {
    officeIds.set(office.code, (await createOffice(ctx, organization.id, office)).id);
  }
  for (const user of DEMO_USERS) {
    await createUser(ctx, {
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      officeIds: user.offices.map((code) => officeIds.get(code)!),
      password: DEMO_PASSWORD,
    });
  }
  await loadDemoProjects(ctx);
  await loadDemoLocations(ctx);
  await loadDemoRisks(ctx);
  await loadDemoReach(ctx);
  // issue 6 demo loaders (participation, safety audits, services, capacity)
  await loadDemoParticipation(ctx);
  await loadDemoSafety(ctx);
  await loadDemoServices(ctx);
  await loadDemoCapacity(ctx);
  return { loaded: true, logins };
}

/** Whether the database holds no organisation yet (first start). */
export async function isEmptyDatabase(deps: Deps): Promise<boolean> {
  return (await countOrganizations(deps.database.db)) === 0;
}
