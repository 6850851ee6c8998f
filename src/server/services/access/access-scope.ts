/** The scope of an aggregate of reach and baselines, checked against the caller's own scope. */
import { AppError } from '../../../core/errors.js';
import { isWithinScope } from '../../../core/policy/authorize.js';
import type { AccessScope } from '../../repos/access.repo.js';
import { findProject } from '../../repos/projects.repo.js';
import type { Context } from '../context.js';
import { countriesOf, resolveLocations } from '../locations/resolve-locations.js';

interface ScopeQuery {
  project?: string | undefined;
  location?: string | undefined;
  periodFrom?: string | undefined;
  periodTo?: string | undefined;
}

/**
 * The query's project and place, which must exist within the caller's scope (a project out of
 * scope is 404, an unknown place 400 naming `location`), and the caller's countries.
 */
export async function resolveAccessScope(
  ctx: Context,
  organizationId: string,
  query: ScopeQuery,
): Promise<AccessScope> {
  if (query.project) {
    const project = await findProject(ctx.db, organizationId, query.project);
    if (!project || !isWithinScope(ctx.actor!, { organizationId, country: project.country }))
      throw new AppError('not_found', 'record.not_found');
  }
  if (query.location) {
    await resolveLocations(ctx, organizationId, [{ pcode: query.location, path: 'location' }]);
  }
  return {
    organizationId,
    countries: countriesOf(ctx.actor),
    projectId: query.project,
    locationPcode: query.location,
    periodFrom: query.periodFrom,
    periodTo: query.periodTo,
  };
}

/** Viewers (donors, partners) get aggregates under disclosure control only. */
export function isAggregatesOnly(ctx: Context): boolean {
  return ctx.actor?.kind !== 'system' && ctx.actor?.role === 'viewer';
}
