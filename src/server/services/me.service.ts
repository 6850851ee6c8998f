import type { Me } from '../../core/auth/auth.schema.js';
import { AppError } from '../../core/errors.js';
import { isLanguageCode } from '../../core/shared/language.js';
import { isRole } from '../../core/auth/roles.js';
import { findOrganizationById } from '../repos/organizations.repo.js';
import { findUser, officesOfUsers, type UserRow } from '../repos/users.repo.js';
import { authorize } from '../../core/policy/authorize.js';
import type { Context } from './context.js';
import { needsSecondFactorSetup } from './second-factor.service.js';

/** The signed-in user's own account, organisation and scope. */
export async function getMe(ctx: Context): Promise<Me> {
  authorize(ctx.actor, 'me.read');
  const actor = ctx.actor!;
  const user =
    actor.kind === 'user' ? await findUser(ctx.db, actor.organizationId, actor.id) : undefined;
  if (!user) throw new AppError('unauthenticated', 'auth.sign_in_first');
  return describeUser(ctx, user);
}

/** Presents a user row as `Me`. */
export async function describeUser(ctx: Context, user: UserRow): Promise<Me> {
  const organization = await findOrganizationById(ctx.db, user.organizationId);
  const offices = (await officesOfUsers(ctx.db, [user.id])).get(user.id) ?? [];
  if (!organization || !isRole(user.role))
    throw new AppError('internal', 'internal.inconsistent_account');
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: isLanguageCode(user.locale) ? user.locale : 'en',
    totpEnabled: user.totpEnabled,
    secondFactorSetupRequired: await needsSecondFactorSetup(ctx.db, user),
    organization: { id: organization.id, code: organization.code, name: organization.name },
    scope: {
      kind: offices.length === 0 ? 'organization' : 'offices',
      offices: offices.map((o) => ({ id: o.id, code: o.code, name: o.name, country: o.country })),
    },
  };
}
