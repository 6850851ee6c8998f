/** Reading and changing an organisation's settings (admins), audited with before and after. */
import { eq } from 'drizzle-orm';
import {
  organizationSettingsSchema,
  settingsOf,
  type OrganizationSettings,
} from '../../core/organizations/organization-settings.schema.js';
import { organizationOf } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import type { Db } from '../db/database.js';
import { organizations } from '../db/schema.js';
import { recordAudit } from './audit.service.js';
import type { Context } from './context.js';

/** The settings of an organisation (defaults where none were chosen). */
export async function loadSettings(db: Db, organizationId: string): Promise<OrganizationSettings> {
  const [org] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return settingsOf(org?.settings);
}

/** The caller's organisation settings. */
export async function getSettings(ctx: Context): Promise<OrganizationSettings> {
  authorize(ctx.actor, 'settings.read');
  return loadSettings(ctx.db, organizationOf(ctx.actor));
}

/** Replaces the settings (the whole object, validated). */
export async function putSettings(
  ctx: Context,
  input: OrganizationSettings,
): Promise<OrganizationSettings> {
  authorize(ctx.actor, 'settings.update');
  const organizationId = organizationOf(ctx.actor);
  const next = organizationSettingsSchema.parse(input);
  const [org] = await ctx.db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const before = settingsOf(org?.settings);
  await ctx.db
    .update(organizations)
    .set({ settings: { ...org?.settings, ...next } })
    .where(eq(organizations.id, organizationId));
  await recordAudit(ctx, {
    action: 'settings.update',
    targetType: 'organization',
    targetId: organizationId,
    details: { before, after: next },
  });
  return next;
}
