/** Loading services within the actor's countries, and checking the places an entry serves. */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { PolicyAction } from '../../../core/policy/policy.js';
import { invalidInput } from '../../../core/risk/invalid-input.js';
import { findService, type ServiceRow } from '../../repos/directory.repo.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import type { Context } from '../context.js';
import { resolveLocations } from '../locations/resolve-locations.js';

/** A service the actor may act on, or `not_found` (out of scope looks the same as missing). */
export async function loadService(
  ctx: Context,
  action: PolicyAction,
  id: string,
): Promise<ServiceRow> {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findService(ctx.db, organizationId, id);
  if (!row) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: row.country });
  return row;
}

/**
 * The places an entry serves, all known and in the actor's scope, and their one country; a
 * service across two countries is refused (each country office keeps its own directory).
 */
export async function servedPlaces(
  ctx: Context,
  pcodes: readonly string[],
  path = (index: number) => `locationPcodes.${index}`,
): Promise<{ places: Map<string, LocationRow>; country: string }> {
  const references = pcodes.map((pcode, index) => ({ pcode, path: path(index) }));
  const places = await resolveLocations(ctx, organizationOf(ctx.actor), references);
  const country = places.get(pcodes[0]!)!.country;
  const other = references.filter((r) => places.get(r.pcode)!.country !== country);
  if (other.length)
    throw invalidInput(
      'directory.one_country',
      other.map((r) => ({ path: r.path, code: 'other_country' })),
    );
  return { places, country };
}
