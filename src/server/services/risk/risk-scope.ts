/** Loading risk analyses within the actor's scope, and checking the places and projects they name. */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize, isWithinScope } from '../../../core/policy/authorize.js';
import type { PolicyAction } from '../../../core/policy/policy.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import { findRiskAnalysis, type RiskAnalysisRow } from '../../repos/risk-analyses.repo.js';
import { findProjectsByIds } from '../../repos/risk-links.repo.js';
import type { Context } from '../context.js';
import { resolveLocations } from '../locations/resolve-locations.js';

/** An analysis the actor may act on, or `not_found` (out of scope looks the same as missing). */
export async function loadRiskAnalysis(
  ctx: Context,
  action: PolicyAction,
  id: string,
): Promise<RiskAnalysisRow> {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findRiskAnalysis(ctx.db, organizationId, id);
  if (!row) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: row.country });
  return row;
}

/**
 * The place a request names, or `validation_failed` naming the field (out of scope reads as
 * unknown). It must be usable for a new record dated `on`: a retired place only for records dated
 * before its retirement, none at all without a date.
 */
export async function placeInScope(
  ctx: Context,
  pcode: string,
  path = 'locationPcode',
  on: string | null = null,
): Promise<LocationRow> {
  const places = await resolveLocations(ctx, organizationOf(ctx.actor), [{ pcode, path }], on);
  return places.get(pcode)!;
}

/**
 * The projects a request names, each of the organisation, in the actor's scope and in the
 * analysis's country; otherwise `validation_failed` naming each bad one (`projectIds.2`).
 */
export async function projectsInScope(
  ctx: Context,
  country: string,
  ids: readonly string[],
  field: (index: number) => string,
) {
  const organizationId = organizationOf(ctx.actor);
  const found = new Map(
    (await findProjectsByIds(ctx.db, organizationId, ids)).map((p) => [p.id, p]),
  );
  const fields = ids.flatMap((id, index) => {
    const project = found.get(id);
    if (!project || !isWithinScope(ctx.actor!, { organizationId, country: project.country }))
      return [{ path: field(index), code: 'unknown_project' }];
    return project.country === country ? [] : [{ path: field(index), code: 'other_country' }];
  });
  if (fields.length) throw new AppError('validation_failed', 'risk.unknown_project', { fields });
  return [...found.values()].map(({ id, code, title }) => ({ id, code, title }));
}
