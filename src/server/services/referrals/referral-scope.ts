/** What a referral may be made about: an active service in scope, a case the referrer may see. */
import { AppError } from '../../../core/errors.js';
import { canSeeCase } from '../../../core/feedback/lane.js';
import type { Sensitivity } from '../../../core/feedback/feedback.schema.js';
import { organizationOf, type Actor } from '../../../core/policy/actor.js';
import { authorize, isWithinScope } from '../../../core/policy/authorize.js';
import type { PolicyAction } from '../../../core/policy/policy.js';
import { invalidInput } from '../../../core/risk/invalid-input.js';
import { findService } from '../../repos/directory.repo.js';
import { findCase } from '../../repos/feedback.repo.js';
import { findReferral, type ReferralWithService } from '../../repos/referrals.repo.js';
import type { Context } from '../context.js';

/** Whether the actor sees SEA referrals (the SEA lane: PSEA focal points only). */
export const seesSea = (actor: Actor | null) =>
  actor?.kind === 'system' || (actor?.kind !== undefined && actor.role === 'psea_focal_point');

/** The active service of the directory a referral goes to, or `validation_failed` on serviceId. */
export async function serviceToReferTo(ctx: Context, serviceId: string) {
  const organizationId = organizationOf(ctx.actor);
  const service = await findService(ctx.db, organizationId, serviceId);
  const inScope =
    service && isWithinScope(ctx.actor!, { organizationId, country: service.country });
  if (!inScope)
    throw invalidInput('referrals.unknown_service', [
      { path: 'serviceId', code: 'unknown_service' },
    ]);
  if (service.status !== 'active')
    throw invalidInput('referrals.inactive_service', [{ path: 'serviceId', code: 'inactive' }]);
  return service;
}

/** The case referred, when one is named: a case the actor cannot see is not found (the SEA lane). */
export async function caseToRefer(ctx: Context, caseId: string | null) {
  if (!caseId) return null;
  const organizationId = organizationOf(ctx.actor);
  const row = await findCase(ctx.db, organizationId, caseId);
  const visible =
    row &&
    canSeeCase(ctx.actor!, row.sensitivity as Sensitivity) &&
    isWithinScope(ctx.actor!, { organizationId, ...(row.country ? { country: row.country } : {}) });
  if (!visible) throw new AppError('not_found', 'record.not_found');
  return row;
}

/** A referral the actor may act on, or `not_found` (out of scope or lane looks like missing). */
export async function loadReferral(
  ctx: Context,
  action: PolicyAction,
  id: string,
): Promise<ReferralWithService> {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findReferral(ctx.db, organizationId, id);
  if (!row || (row.sensitivity === 'sea' && !seesSea(ctx.actor)))
    throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: row.country });
  return row;
}
