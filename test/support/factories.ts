/** Test data built through the real services: build<Entity>(deps, overrides). */
import crypto from 'node:crypto';
import { ROLES, type Role } from '../../src/core/auth/roles.js';
import type { User } from '../../src/core/users/user.schema.js';
import type { Deps } from '../../src/server/services/context.js';
import {
  createOffice,
  createOrganization,
} from '../../src/server/services/organizations.service.js';
import { createUser } from '../../src/server/services/users.service.js';
import { systemContext, TEST_PASSWORD } from './test-app.js';

const unique = () => crypto.randomBytes(4).toString('hex');

/** An organisation with two offices. */
export async function buildOrganization(
  deps: Deps,
  overrides: { code?: string; name?: string } = {},
) {
  const code = overrides.code ?? `org-${unique()}`;
  const organization = await createOrganization(systemContext(deps), {
    code,
    name: overrides.name ?? `Organisation ${code}`,
  });
  const ctx = systemContext(deps, organization.id);
  const offices = [
    await createOffice(ctx, organization.id, {
      code: `A-${unique()}`.toUpperCase(),
      name: 'Office A',
      country: 'SDN',
    }),
    await createOffice(ctx, organization.id, {
      code: `B-${unique()}`.toUpperCase(),
      name: 'Office B',
      country: 'TCD',
    }),
  ];
  return { organization, offices };
}

/** A user of an organisation; the password is TEST_PASSWORD unless given. */
export function buildUser(
  deps: Deps,
  organizationId: string,
  overrides: {
    role?: Role;
    email?: string;
    officeIds?: string[];
    password?: string;
    name?: string;
  } = {},
): Promise<User> {
  const role = overrides.role ?? 'viewer';
  return createUser(systemContext(deps, organizationId), {
    email: overrides.email ?? `${role}.${unique()}@example.org`,
    name: overrides.name ?? `Test ${role}`,
    role,
    locale: 'en',
    officeIds: overrides.officeIds ?? [],
    password: overrides.password ?? TEST_PASSWORD,
  });
}

/** One user for every role of an organisation, by role. */
export async function buildUserForEveryRole(deps: Deps, organizationId: string) {
  const users = {} as Record<Role, User>;
  for (const role of ROLES) users[role] = await buildUser(deps, organizationId, { role });
  return users;
}
