/**
 * The second factor an organisation can require (SECURITY.md, decision 017): admins and PSEA focal
 * points without one get a session that can only set it up.
 */
import type { Role } from './roles.js';

/** The roles the organisation's `requireSecondFactor` setting applies to. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'psea_focal_point'];

/** What a session limited to setting up the second factor may still do. */
export const SECOND_FACTOR_SETUP_ACTIONS: readonly string[] = ['me.read', 'me.totp', 'auth.logout'];
