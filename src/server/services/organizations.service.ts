/** Organisations and their offices: created by an operator through the CLI (system actor). */
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { inTransaction } from '../db/database.js';
import {
  findOrganizationByCode,
  insertOffice,
  insertOrganization,
  type OfficeRow,
  type OrganizationRow,
} from '../repos/organizations.repo.js';
import { recordAudit } from './audit.service.js';
import { ensureLatestContent } from './checklist-versions.service.js';
import { withDb, type Context } from './context.js';

export const organizationCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'use 2–32 lower-case letters, digits or hyphens');

const newOrganizationSchema = z
  .object({ code: organizationCodeSchema, name: z.string().trim().min(1).max(200) })
  .strict();

const newOfficeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{2,16}$/),
    name: z.string().trim().min(1).max(200),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'),
  })
  .strict();

/** Creates an organisation (system actor only: the CLI). */
export async function createOrganization(
  ctx: Context,
  input: { code: string; name: string },
): Promise<OrganizationRow> {
  if (ctx.actor?.kind !== 'system') throw new AppError('forbidden', 'policy.not_allowed');
  const values = newOrganizationSchema.parse(input);
  if (await findOrganizationByCode(ctx.db, values.code)) {
    throw new AppError('conflict', 'organizations.code_taken', {
      fields: [{ path: 'code', code: 'taken' }],
    });
  }
  return inTransaction(ctx.db, async (tx) => {
    const organization = await insertOrganization(tx, values);
    await ensureLatestContent(tx, ctx.deps, organization.id);
    await recordAudit(withDb(ctx, tx), {
      action: 'organizations.create',
      organizationId: organization.id,
      targetType: 'organization',
      targetId: organization.id,
      details: { code: organization.code },
    });
    return organization;
  });
}

/** Adds a country office to an organisation (system actor only: the CLI). */
export async function createOffice(
  ctx: Context,
  organizationId: string,
  input: z.input<typeof newOfficeSchema>,
): Promise<OfficeRow> {
  if (ctx.actor?.kind !== 'system') throw new AppError('forbidden', 'policy.not_allowed');
  const values = newOfficeSchema.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const office = await insertOffice(tx, { ...values, organizationId });
    await recordAudit(withDb(ctx, tx), {
      action: 'offices.create',
      organizationId,
      targetType: 'office',
      targetId: office.id,
      details: { code: office.code, country: office.country },
    });
    return office;
  });
}

/** The organisation with this code, or `not_found`. */
export async function requireOrganization(ctx: Context, code: string): Promise<OrganizationRow> {
  const organization = await findOrganizationByCode(ctx.db, organizationCodeSchema.parse(code));
  if (!organization) throw new AppError('not_found', 'organizations.not_found', { code });
  return organization;
}
