/** The scope of an aggregate of reach and baselines, checked against the caller's own scope. */
import { assertPublishedLevel } from '../../../core/disclosure/published-level.js';
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
 * scope is 404, an unknown place 400 naming `location`), and the caller's countries. With a
 * published level (viewers), a place finer than it is refused too.
 */
export async function resolveAccessScope(
  ctx: Context,
  organizationId: string,
  query: ScopeQuery,
  publishedLevel?: number,
): Promise<AccessScope> {
  if (query.project) {
    const project = await findProject(ctx.db, organizationId, query.project);
    if (!project || !isWithinScope(ctx.actor!, { organizationId, country: project.country }))
      throw new AppError('not_found', 'record.not_found');
  }
  if (query.location) {
    const places = await resolveLocations(ctx, organizationId, [
      { pcode: query.location, path: 'location' },
    ]);
    if (publishedLevel !== undefined)
      assertPublishedLevel(places.get(query.location)!.level, publishedLevel, 'location');
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

/** The finest admin level the caller may see: the published one for viewers, any for staff. */
export function publishedLevelFor(
  ctx: Context,
  settings: { publishedAdminLevel: number },
): number | undefined {
  return isAggregatesOnly(ctx) ? settings.publishedAdminLevel : undefined;
}
