/**
 * Focal points (decision 030): who to call per area of work in each country office. Their names and
 * contacts are staff personal data: staff only, within their countries; every read, list and write
 * is audited with ids and codes, never the contact details.
 */
import {
  focalPointRequestSchema,
  updateFocalPointRequestSchema,
  type FocalPoint,
  type FocalPointRequest,
  type ListFocalPointsQuery,
  type UpdateFocalPointRequest,
} from '../../../core/capacity/focal-point.schema.js';
import type { WorkArea } from '../../../core/capacity/capacity-codes.js';
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { PolicyAction } from '../../../core/policy/policy.js';
import { inTransaction } from '../../db/database.js';
import {
  deleteFocalPoint,
  findFocalPoint,
  findFocalPointAt,
  findOffice,
  insertFocalPoint,
  listFocalPoints,
  updateFocalPointIfVersion,
} from '../../repos/focal-points.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { countryScope } from '../projects.service.js';

type Joined = NonNullable<Awaited<ReturnType<typeof findFocalPoint>>>;

function toFocalPoint({ point, office }: Joined): FocalPoint {
  return {
    id: point.id,
    office,
    area: point.area as WorkArea,
    name: point.name,
    role: point.role,
    phone: point.phone,
    email: point.email,
    version: point.version,
  };
}

/** The office a request names, in the actor's scope, else `validation_failed` naming officeId. */
async function officeInScope(ctx: Context, action: PolicyAction, officeId: string) {
  const organizationId = organizationOf(ctx.actor);
  const office = await findOffice(ctx.db, organizationId, officeId);
  const countries = countryScope(ctx.actor);
  if (!office || (countries && !countries.includes(office.country)))
    throw new AppError('validation_failed', 'capacity.unknown_office', {
      fields: [{ path: 'officeId', code: 'unknown_office' }],
    });
  authorize(ctx.actor, action, { organizationId, country: office.country });
  return office;
}

/** Refuses a second focal point for the same office and area (409 naming `area`). */
async function assertAreaFree(ctx: Context, officeId: string, area: string, id?: string) {
  const existing = await findFocalPointAt(ctx.db, officeId, area);
  if (existing && existing.id !== id)
    throw new AppError('conflict', 'capacity.focal_area_taken', {
      fields: [{ path: 'area', code: 'taken' }],
      existingId: existing.id,
    });
}

async function loadFocalPoint(ctx: Context, action: PolicyAction, id: string) {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findFocalPoint(ctx.db, organizationId, id);
  if (!row) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: row.office.country });
  return row;
}

/** Names the focal point of an area in an office. */
export async function addFocalPoint(ctx: Context, body: FocalPointRequest): Promise<FocalPoint> {
  authorize(ctx.actor, 'focalPoints.create');
  const input = focalPointRequestSchema.parse(body);
  const office = await officeInScope(ctx, 'focalPoints.create', input.officeId);
  await assertAreaFree(ctx, office.id, input.area);
  const row = await inTransaction(ctx.db, async (tx) => {
    const inserted = await insertFocalPoint(tx, {
      ...input,
      organizationId: office.organizationId,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'focalPoints.create',
      targetType: 'focal_point',
      targetId: inserted.id,
      details: { area: inserted.area, officeId: office.id },
    });
    return inserted;
  });
  return toFocalPoint({ point: row, office });
}

/** Revises a focal point with the version read; a stale version is a conflict. */
export async function reviseFocalPoint(
  ctx: Context,
  id: string,
  body: UpdateFocalPointRequest,
): Promise<FocalPoint> {
  const current = await loadFocalPoint(ctx, 'focalPoints.update', id);
  const { version, ...input } = updateFocalPointRequestSchema.parse(body);
  const office = await officeInScope(ctx, 'focalPoints.update', input.officeId);
  await assertAreaFree(ctx, office.id, input.area, id);
  const row = await inTransaction(ctx.db, async (tx) => {
    const updated = await updateFocalPointIfVersion(tx, office.organizationId, id, version, input);
    if (!updated) return undefined;
    await recordAudit(withDb(ctx, tx), {
      action: 'focalPoints.update',
      targetType: 'focal_point',
      targetId: id,
      details: { version: updated.version, area: updated.area, officeId: office.id },
    });
    return updated;
  });
  if (!row) {
    const latest = (await findFocalPoint(ctx.db, office.organizationId, id)) ?? current;
    throw new AppError('conflict', 'record.stale_version', { current: toFocalPoint(latest) });
  }
  return toFocalPoint({ point: row, office });
}

/** Removes a focal point (someone left); audited. */
export async function removeFocalPoint(ctx: Context, id: string): Promise<void> {
  const current = await loadFocalPoint(ctx, 'focalPoints.delete', id);
  await inTransaction(ctx.db, async (tx) => {
    await deleteFocalPoint(tx, current.point.organizationId, id);
    await recordAudit(withDb(ctx, tx), {
      action: 'focalPoints.delete',
      targetType: 'focal_point',
      targetId: id,
      details: { area: current.point.area, officeId: current.office.id },
    });
  });
}

/** Who to call: the focal points in the actor's countries, by country and area; audited. */
export async function whoToCall(
  ctx: Context,
  query: ListFocalPointsQuery,
): Promise<{ items: FocalPoint[] }> {
  authorize(ctx.actor, 'focalPoints.list');
  const organizationId = organizationOf(ctx.actor);
  const rows = await listFocalPoints(ctx.db, organizationId, {
    ...query,
    countries: countryScope(ctx.actor),
  });
  await recordAudit(ctx, {
    action: 'focalPoints.list',
    targetType: 'focal_point',
    details: {
      count: rows.length,
      country: query.country ?? null,
      ids: rows.map((r) => r.point.id),
    },
  });
  return { items: rows.map(toFocalPoint) };
}
