/**
 * Recovery from a lost authenticator: an administrator (or the CLI, for a lone administrator)
 * turns a user's second factor off. The user's sessions end, so the next sign-in is with the
 * password only and, where the organisation requires a second factor, goes straight to setting
 * up a new one (decision 017). Nobody resets their own: that would let a stolen password alone
 * remove the second factor.
 */
import { AppError } from '../../core/errors.js';
import { organizationOf } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import { inTransaction } from '../db/database.js';
import { deleteSessionsOfUser } from '../repos/sessions.repo.js';
import { findUser, officesOfUsers, patchUser } from '../repos/users.repo.js';
import { recordAudit } from './audit.service.js';
import { withDb, type Context } from './context.js';

/** Turns off the second factor of another user of the organisation; audited. */
export async function resetSecondFactor(ctx: Context, userId: string): Promise<void> {
  authorize(ctx.actor, 'users.resetSecondFactor');
  const organizationId = organizationOf(ctx.actor);
  const user = await findUser(ctx.db, organizationId, userId);
  if (!user) throw new AppError('not_found', 'record.not_found');
  const offices = (await officesOfUsers(ctx.db, [userId])).get(userId) ?? [];
  authorize(ctx.actor, 'users.resetSecondFactor', {
    organizationId,
    officeIds: offices.map((o) => o.id),
  });
  if (ctx.actor?.kind === 'user' && ctx.actor.id === userId)
    throw new AppError('conflict', 'totp.cannot_reset_own');
  if (!user.totpEnabled && !user.totpSecret) throw new AppError('conflict', 'totp.not_enabled');
  await inTransaction(ctx.db, async (tx) => {
    await patchUser(tx, user.id, { totpEnabled: false, totpSecret: null });
    await deleteSessionsOfUser(tx, user.id);
    await recordAudit(withDb(ctx, tx), {
      action: 'users.second_factor_reset',
      targetType: 'user',
      targetId: user.id,
    });
  });
}
