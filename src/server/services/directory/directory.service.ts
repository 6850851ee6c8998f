/**
 * The service directory (decision 027): record, revise, read and search services within the
 * actor's countries. Writes are audited (ids and codes); the directory itself holds no personal data.
 */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import {
  serviceEntrySchema,
  updateServiceRequestSchema,
  type DirectoryService,
  type ListServicesQuery,
  type ServiceEntry,
  type ServiceFilter,
} from '../../../core/services/service.schema.js';
import { staleBefore } from '../../../core/services/stale.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction } from '../../db/database.js';
import {
  areasOf,
  insertService,
  listServices,
  replaceAreas,
  updateServiceIfVersion,
  type NewServiceRow,
  type ServiceConditions,
  type ServiceRow,
} from '../../repos/directory.repo.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { countriesOf } from '../locations/resolve-locations.js';
import { loadService, servedPlaces } from './directory-scope.js';
import { toService } from './present-service.js';

/** The columns of an entry (the places are stored apart). */
export function serviceColumns(entry: ServiceEntry, country: string) {
  const { locationPcodes: _places, ...fields } = entry;
  return { ...fields, country } satisfies Partial<NewServiceRow>;
}

/** Services as the API answers them, their places named in the caller's language. */
export async function presentServices(
  ctx: Context,
  rows: readonly ServiceRow[],
): Promise<DirectoryService[]> {
  if (rows.length === 0) return [];
  const areas = await areasOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const pcodes = [...areas.values()].flat();
  const places = await findLocationsByPcodes(ctx.db, rows[0]!.organizationId, pcodes);
  const today = ctx.deps.now();
  return rows.map((r) => toService(r, areas.get(r.id) ?? [], places, ctx.lang, today));
}

/** Records a service serving places of one country. */
export async function createService(ctx: Context, input: unknown): Promise<DirectoryService> {
  authorize(ctx.actor, 'directory.create');
  const organizationId = organizationOf(ctx.actor);
  const entry = serviceEntrySchema.parse(input);
  const { country } = await servedPlaces(ctx, entry.locationPcodes);
  const row = await inTransaction(ctx.db, async (tx) => {
    const created = await insertService(tx, {
      ...serviceColumns(entry, country),
      organizationId,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    });
    await replaceAreas(tx, organizationId, created.id, entry.locationPcodes);
    await recordAudit(withDb(ctx, tx), {
      action: 'directory.create',
      targetType: 'directory_service',
      targetId: created.id,
      details: { type: created.type, country },
    });
    return created;
  });
  return (await presentServices(ctx, [row]))[0]!;
}

/** Replaces a service with a new version; a stale version is a conflict carrying the current one. */
export async function updateService(
  ctx: Context,
  id: string,
  input: unknown,
): Promise<DirectoryService> {
  const current = await loadService(ctx, 'directory.update', id);
  const { version, ...entry } = updateServiceRequestSchema.parse(input);
  const { country } = await servedPlaces(ctx, entry.locationPcodes);
  const row = await inTransaction(ctx.db, async (tx) => {
    const updated = await updateServiceIfVersion(tx, id, version, serviceColumns(entry, country));
    if (!updated) {
      throw new AppError('conflict', 'record.stale_version', {
        current: (await presentServices(withDb(ctx, tx), [current]))[0],
      });
    }
    await replaceAreas(tx, current.organizationId, id, entry.locationPcodes);
    await recordAudit(withDb(ctx, tx), {
      action: 'directory.update',
      targetType: 'directory_service',
      targetId: id,
      details: { type: updated.type, status: updated.status, version: updated.version },
    });
    return updated;
  });
  return (await presentServices(ctx, [row]))[0]!;
}

/** One service in full. */
export async function getService(ctx: Context, id: string): Promise<DirectoryService> {
  return (await presentServices(ctx, [await loadService(ctx, 'directory.read', id)]))[0]!;
}

/** A search's conditions within the actor's countries. */
export function conditionsOf(ctx: Context, filter: ServiceFilter): ServiceConditions {
  return {
    countries: countriesOf(ctx.actor),
    q: filter.q,
    type: filter.type,
    place: filter.place,
    language: filter.language,
    accessibility: filter.accessibility,
    free: filter.free === undefined ? undefined : filter.free === 'true',
    status: filter.status,
    staleBefore: filter.stale === 'true' ? staleBefore(ctx.deps.now()) : undefined,
  };
}

/** One page of the directory search. */
export async function listServicesPage(
  ctx: Context,
  query: ListServicesQuery,
): Promise<Page<DirectoryService>> {
  authorize(ctx.actor, 'directory.list');
  const organizationId = organizationOf(ctx.actor);
  const { page, pageSize, sort, ...filter } = query;
  const result = await listServices(ctx.db, organizationId, conditionsOf(ctx, filter), {
    sort,
    page,
    pageSize,
  });
  return { items: await presentServices(ctx, result.items), total: result.total, page, pageSize };
}
