/**
 * Reading the gazetteer: pages of places (by level, parent, country, a search over names in any
 * language and P-codes) and one place with its breadcrumb. Office-scoped actors see only the
 * places of their countries; another place is not found.
 */
import { AppError } from '../../../core/errors.js';
import { oldCodesOf } from '../../repos/locations.repo.js';
import type {
  ListLocationsQuery,
  LocationDetail,
  LocationItem,
} from '../../../core/locations/location.schema.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import {
  findAncestors,
  findLocation,
  listLocations as listLocationRows,
  type LocationReader,
  type LocationWithChildren,
} from '../../repos/locations-list.repo.js';
import type { Context } from '../context.js';
import { countriesOf } from './resolve-locations.js';

function readerOf(ctx: Context): LocationReader {
  return {
    organizationId: organizationOf(ctx.actor),
    countries: countriesOf(ctx.actor),
    lang: ctx.lang,
  };
}

function present(row: LocationWithChildren): LocationItem {
  return {
    pcode: row.pcode,
    level: row.level,
    parentPcode: row.parentPcode,
    country: row.country,
    names: row.names as Record<string, string>,
    validOn: row.validOn,
    retiredOn: row.retiredOn,
    childrenCount: row.childrenCount,
  };
}

/** One page of the places the actor may see. */
export async function listLocations(
  ctx: Context,
  query: ListLocationsQuery,
): Promise<Page<LocationItem>> {
  authorize(ctx.actor, 'locations.list');
  const { items, total } = await listLocationRows(ctx.db, readerOf(ctx), query);
  return { items: items.map(present), total, page: query.page, pageSize: query.pageSize };
}

/** A place with its ancestors (country first) and its number of children. */
export async function getLocation(ctx: Context, pcode: string): Promise<LocationDetail> {
  authorize(ctx.actor, 'locations.list');
  const reader = readerOf(ctx);
  const row = await findLocation(ctx.db, reader, pcode);
  if (!row) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, 'locations.list', {
    organizationId: row.organizationId,
    country: row.country,
  });
  const [ancestors, formerPcodes] = await Promise.all([
    findAncestors(ctx.db, reader.organizationId, pcode),
    oldCodesOf(ctx.db, reader.organizationId, pcode),
  ]);
  return { ...present(row), ancestors, formerPcodes };
}
