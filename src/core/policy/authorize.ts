import { SECOND_FACTOR_SETUP_ACTIONS } from '../auth/second-factor.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { policyOf } from './policy.js';

/** What a check is about: the record's organisation and, when it belongs to offices, their ids. */
export interface ResourceScope {
  organizationId: string;
  officeIds?: readonly string[];
  /** ISO alpha-3 country of a record scoped by country (projects). */
  country?: string;
}

/**
 * Decides whether the actor may perform the action (on the resource, when given), or throws.
 * A record outside the actor's organisation or offices is `not_found`, never `forbidden`,
 * so ids cannot be probed (SECURITY.md).
 */
export function authorize(actor: Actor | null, action: string, resource?: ResourceScope): void {
  const entry = policyOf(action);
  if (!entry) throw new AppError('forbidden', 'policy.undeclared', { action });
  if (entry.scope === 'public') return;
  if (!actor) throw new AppError('unauthenticated', 'auth.sign_in_first');
  if (actor.kind === 'system') {
    if (resource && !isWithinScope(actor, resource))
      throw new AppError('not_found', 'record.not_found');
    return;
  }
  if (
    actor.kind === 'user' &&
    actor.secondFactorSetupRequired &&
    !SECOND_FACTOR_SETUP_ACTIONS.includes(action)
  ) {
    throw new AppError('second_factor_setup_required', 'auth.second_factor_setup_required');
  }
  if (entry.scope === 'self' && actor.kind !== 'user') {
    throw new AppError('forbidden', 'policy.not_for_tokens');
  }
  if (actor.kind === 'token' && !entry.tokens) {
    throw new AppError('forbidden', 'policy.not_for_tokens');
  }
  if (!entry.roles.includes(actor.role)) throw new AppError('forbidden', 'policy.not_allowed');
  if (resource && !isWithinScope(actor, resource))
    throw new AppError('not_found', 'record.not_found');
}

/** Whether a resource lies within the actor's organisation and office scope. */
export function isWithinScope(actor: Actor, resource: ResourceScope): boolean {
  if (actor.kind === 'system') {
    return actor.organizationId === null || actor.organizationId === resource.organizationId;
  }
  if (actor.organizationId !== resource.organizationId) return false;
  if (resource.country !== undefined && actor.countries !== null) {
    if (!actor.countries.includes(resource.country)) return false;
  }
  if (actor.officeIds === null || resource.officeIds === undefined) return true;
  if (resource.officeIds.length === 0) return false;
  const allowed = new Set(actor.officeIds);
  return resource.officeIds.every((id) => allowed.has(id));
}
