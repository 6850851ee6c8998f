/** Whether an organisation's required second factor applies, or still has to be set up (decision 017). */
import { isRole } from '../../core/auth/roles.js';
import { SECOND_FACTOR_ROLES } from '../../core/auth/second-factor.js';
import type { Db } from '../db/database.js';
import type { UserRow } from '../repos/users.repo.js';
import { loadSettings } from './organization-settings.service.js';

type Account = Pick<UserRow, 'organizationId' | 'role' | 'totpEnabled'>;

/** Whether the organisation requires a second factor of this user's role. */
export async function isSecondFactorRequiredOf(db: Db, user: Account): Promise<boolean> {
  // Only the roles concerned cost a settings read (on every request of their sessions).
  if (!isRole(user.role) || !SECOND_FACTOR_ROLES.includes(user.role)) return false;
  return (await loadSettings(db, user.organizationId)).requireSecondFactor;
}

/** Whether the user must set up the required second factor before doing anything else. */
export async function needsSecondFactorSetup(db: Db, user: Account): Promise<boolean> {
  return !user.totpEnabled && (await isSecondFactorRequiredOf(db, user));
}
