/** Sign-in, sign-out and turning a session cookie or an API token into an actor. */
import type { LoginRequest, Me } from '../../core/auth/auth.schema.js';
import { isRole } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import type { Actor } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import { findApiTokenByHash, touchApiToken } from '../repos/api-tokens.repo.js';
import {
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from '../repos/sessions.repo.js';
import { findUserByEmail, officesOfUsers, patchUser, type UserRow } from '../repos/users.repo.js';
import { burnPasswordCheck, verifyPassword } from '../security/passwords.js';
import { hashToken, randomToken } from '../security/secrets.js';
import { verifyTotp } from '../security/totp.js';
import { recordAudit } from './audit.service.js';
import { withDb, type Context, type Deps } from './context.js';
import { inTransaction } from '../db/database.js';
import { describeUser } from './me.service.js';
import { needsSecondFactorSetup } from './second-factor.service.js';

export interface LoginResult {
  me: Me;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  expiresAt: Date;
}

/** Checks credentials (throttled) and opens a fresh session. */
export async function login(ctx: Context, input: LoginRequest): Promise<LoginResult> {
  authorize(ctx.actor, 'auth.login');
  const { throttle, now } = ctx.deps;
  await throttle.assertAllowed(input.email, ctx.origin.ip);
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) {
    await burnPasswordCheck(input.password);
    await throttle.recordFailure(input.email, ctx.origin.ip);
    ctx.deps.log.info('login failed', { reason: 'unknown_account', ip: ctx.origin.ip });
    throw invalidCredentials();
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || user.disabledAt) {
    await throttle.recordFailure(input.email, ctx.origin.ip);
    await auditAs(ctx, user, 'auth.login_failed', { reason: passwordOk ? 'disabled' : 'password' });
    throw invalidCredentials();
  }
  if (user.totpEnabled) await checkSecondFactor(ctx, user, input.totp);
  await throttle.recordSuccess(input.email);
  const sessionToken = randomToken(32);
  const at = now();
  const expiresAt = new Date(at.getTime() + ctx.deps.sessions.absoluteHours * 3_600_000);
  await inTransaction(ctx.db, async (tx) => {
    const session = await insertSession(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      tokenHash: hashToken(sessionToken),
      createdAt: at,
      lastSeenAt: at,
      expiresAt,
      ip: ctx.origin.ip,
      userAgent: ctx.origin.userAgent?.slice(0, 300) ?? null,
    });
    await patchUser(tx, user.id, { lastLoginAt: at });
    await auditAs(withDb(ctx, tx), user, 'auth.login', { sessionId: session.id });
  });
  return { me: await describeUser(ctx, user), sessionToken, expiresAt };
}

async function checkSecondFactor(ctx: Context, user: UserRow, code: string | undefined) {
  if (!code) throw new AppError('totp_required', 'auth.totp_required');
  const secret = user.totpSecret ? ctx.deps.cipher.decrypt(user.totpSecret) : null;
  if (!secret || !verifyTotp(secret, code, ctx.deps.now().getTime())) {
    await ctx.deps.throttle.recordFailure(user.email, ctx.origin.ip);
    await auditAs(ctx, user, 'auth.login_failed', { reason: 'totp' });
    throw new AppError('totp_required', 'auth.totp_invalid');
  }
}

/** Ends the caller's session. */
export async function logout(ctx: Context): Promise<void> {
  authorize(ctx.actor, 'auth.logout');
  const actor = ctx.actor;
  if (actor?.kind !== 'user' || !actor.sessionId) return;
  await deleteSession(ctx.db, actor.sessionId);
  await recordAudit(ctx, {
    action: 'auth.logout',
    targetType: 'session',
    targetId: actor.sessionId,
  });
}

/** The actor behind a session cookie, or null when the session is unknown, idle, expired or disabled. */
export async function actorFromSession(deps: Deps, token: string): Promise<Actor | null> {
  const db = deps.database.db;
  const found = await findSessionWithUser(db, hashToken(token));
  if (!found) return null;
  const { session, user } = found;
  const now = deps.now();
  const idleLimit = session.lastSeenAt.getTime() + deps.sessions.idleMinutes * 60_000;
  if (
    session.expiresAt <= now ||
    idleLimit <= now.getTime() ||
    user.disabledAt ||
    !isRole(user.role)
  ) {
    await deleteSession(db, session.id);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000)
    await touchSession(db, session.id, now);
  const offices = (await officesOfUsers(db, [user.id])).get(user.id) ?? [];
  return {
    kind: 'user',
    id: user.id,
    label: user.email,
    organizationId: user.organizationId,
    role: user.role,
    officeIds: offices.length === 0 ? null : offices.map((o) => o.id),
    countries: offices.length === 0 ? null : [...new Set(offices.map((o) => o.country))],
    sessionId: session.id,
    // Read on every request, so the limit lifts the moment the second factor is on.
    ...((await needsSecondFactorSetup(db, user)) ? { secondFactorSetupRequired: true } : {}),
  };
}

/** The actor behind a bearer API token, or null when unknown, revoked or expired. */
export async function actorFromApiToken(deps: Deps, token: string): Promise<Actor | null> {
  const db = deps.database.db;
  const row = await findApiTokenByHash(db, hashToken(token));
  const now = deps.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !isRole(row.role))
    return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await touchApiToken(db, row.id, now);
  }
  return {
    kind: 'token',
    id: row.id,
    label: `token:${row.prefix}`,
    organizationId: row.organizationId,
    role: row.role,
    officeIds: row.officeIds.length === 0 ? null : row.officeIds,
    countries: row.officeIds.length === 0 ? null : [...new Set(row.countries)],
  };
}

function invalidCredentials() {
  return new AppError('unauthenticated', 'auth.invalid_credentials');
}

function auditAs(ctx: Context, user: UserRow, action: string, details: Record<string, unknown>) {
  const actor: Actor = {
    kind: 'user',
    id: user.id,
    label: user.email,
    organizationId: user.organizationId,
    role: isRole(user.role) ? user.role : 'viewer',
    officeIds: null,
    countries: null,
    sessionId: null,
  };
  return recordAudit({ ...ctx, actor }, { action, targetType: 'user', targetId: user.id, details });
}
