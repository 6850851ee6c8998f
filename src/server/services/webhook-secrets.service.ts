/** The organisation's webhook secret: created by an operator (CLI), shown once, stored encrypted. */
import { eq } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import type { Actor } from '../../core/policy/actor.js';
import { organizations } from '../db/schema.js';
import { findOrganizationByCode } from '../repos/organizations.repo.js';
import { randomToken } from '../security/secrets.js';
import { verifyWebhook } from '../security/webhook-signature.js';
import { recordAudit } from './audit.service.js';
import type { Context, Deps } from './context.js';

/** Creates (or replaces) the organisation's webhook secret and returns it in clear this once. */
export async function rotateWebhookSecret(ctx: Context, organizationId: string): Promise<string> {
  if (ctx.actor?.kind !== 'system') throw new AppError('forbidden', 'policy.not_allowed');
  const secret = randomToken(32, 'whs_');
  const [org] = await ctx.db
    .select()
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) throw new AppError('not_found', 'organizations.not_found');
  const settings = { ...org.settings, webhookSecret: ctx.deps.cipher.encrypt(secret) };
  await ctx.db.update(organizations).set({ settings }).where(eq(organizations.id, organizationId));
  await recordAudit(ctx, {
    action: 'organizations.webhookSecret',
    organizationId,
    targetType: 'organization',
    targetId: organizationId,
  });
  return secret;
}

/** The actor of a correctly signed webhook call for the organisation `code`, or null. */
export async function actorFromSignature(
  deps: Deps,
  code: string,
  headers: { timestamp?: string | undefined; signature?: string | undefined },
  body: string,
): Promise<Actor | null> {
  const org = await findOrganizationByCode(deps.database.db, code.trim().toLowerCase());
  const sealed = org?.settings.webhookSecret;
  if (!org || typeof sealed !== 'string') return null;
  if (
    !verifyWebhook(
      deps.cipher.decrypt(sealed),
      headers.timestamp,
      headers.signature,
      body,
      deps.now(),
    )
  )
    return null;
  return {
    kind: 'token',
    id: org.id,
    label: `webhook:${org.code}`,
    organizationId: org.id,
    role: 'feedback_operator',
    officeIds: null,
    countries: null,
  };
}
