/** A user's own second factor: set up, confirm with a code, turn off with a code. */
import { AppError } from '../../core/errors.js';
import { authorize } from '../../core/policy/authorize.js';
import { findUser, patchUser } from '../repos/users.repo.js';
import { generateTotpSecret, totpUrl, verifyTotp } from '../security/totp.js';
import { recordAudit } from './audit.service.js';
import type { Context } from './context.js';
import { isSecondFactorRequiredOf } from './second-factor.service.js';

async function loadSelf(ctx: Context) {
  authorize(ctx.actor, 'me.totp');
  const actor = ctx.actor!;
  const user =
    actor.kind === 'user' ? await findUser(ctx.db, actor.organizationId, actor.id) : undefined;
  if (!user) throw new AppError('unauthenticated', 'auth.sign_in_first');
  return user;
}

/** Creates a new pending secret (not yet required at sign-in) and returns it for the app. */
export async function setupTotp(ctx: Context): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await loadSelf(ctx);
  if (user.totpEnabled) throw new AppError('conflict', 'totp.already_enabled');
  const secret = generateTotpSecret();
  await patchUser(ctx.db, user.id, { totpSecret: ctx.deps.cipher.encrypt(secret) });
  return { secret, otpauthUrl: totpUrl(secret, user.email) };
}

/** Turns the second factor on once the user proves their app has the secret. */
export async function enableTotp(ctx: Context, code: string): Promise<void> {
  const user = await loadSelf(ctx);
  if (user.totpEnabled) throw new AppError('conflict', 'totp.already_enabled');
  if (!user.totpSecret) throw new AppError('conflict', 'totp.not_set_up');
  assertCode(ctx, user.totpSecret, code);
  await patchUser(ctx.db, user.id, { totpEnabled: true });
  await recordAudit(ctx, { action: 'me.totp.enable', targetType: 'user', targetId: user.id });
}

/** Turns the second factor off; needs a current code. */
export async function disableTotp(ctx: Context, code: string): Promise<void> {
  const user = await loadSelf(ctx);
  if (!user.totpEnabled || !user.totpSecret) throw new AppError('conflict', 'totp.not_enabled');
  if (await isSecondFactorRequiredOf(ctx.db, user))
    throw new AppError('conflict', 'totp.required_by_organization');
  assertCode(ctx, user.totpSecret, code);
  await patchUser(ctx.db, user.id, { totpEnabled: false, totpSecret: null });
  await recordAudit(ctx, { action: 'me.totp.disable', targetType: 'user', targetId: user.id });
}

function assertCode(ctx: Context, encryptedSecret: string, code: string) {
  const secret = ctx.deps.cipher.decrypt(encryptedSecret);
  if (!verifyTotp(secret, code, ctx.deps.now().getTime())) {
    throw new AppError('validation_failed', 'auth.totp_invalid', {
      fields: [{ path: 'code', code: 'invalid' }],
    });
  }
}
