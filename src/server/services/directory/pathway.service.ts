/**
 * The referral pathway of a place and a service type: the active services serving the place or
 * any place above it, with the place's parents, named in the chosen language, for one printed page.
 */
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { Pathway, PathwayQuery } from '../../../core/services/service.schema.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import { allServices } from '../../repos/directory.repo.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import type { Context } from '../context.js';
import { countriesOf } from '../locations/resolve-locations.js';
import { placeInScope } from '../risk/risk-scope.js';
import { presentServices } from './directory.service.js';
import { nameOfPlace } from './present-service.js';

/** The parents of a place, nearest first. */
async function parentsOf(ctx: Context, place: LocationRow): Promise<LocationRow[]> {
  const parents: LocationRow[] = [];
  for (let code = place.parentPcode; code && parents.length < 5;) {
    const found = (await findLocationsByPcodes(ctx.db, place.organizationId, [code])).get(code);
    if (!found) break;
    parents.push(found);
    code = found.parentPcode;
  }
  return parents;
}

export async function referralPathway(ctx: Context, query: PathwayQuery): Promise<Pathway> {
  authorize(ctx.actor, 'directory.list');
  const lang = query.lang ?? ctx.lang;
  const local = { ...ctx, lang };
  const place = await placeInScope(ctx, query.place, 'place');
  const rows = await allServices(ctx.db, organizationOf(ctx.actor), {
    countries: countriesOf(ctx.actor),
    type: query.type,
    place: query.place,
    status: 'active',
  });
  const named = (p: LocationRow) => ({
    pcode: p.pcode,
    name: nameOfPlace(p, p.pcode, lang),
    level: p.level,
  });
  return {
    place: named(place),
    parents: (await parentsOf(ctx, place)).map(named),
    type: query.type,
    lang,
    services: await presentServices(local, rows),
    generatedOn: ctx.deps.now().toISOString().slice(0, 10),
  };
}
