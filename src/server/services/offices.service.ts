import type { OfficeSummary } from '../../core/auth/auth.schema.js';
import { organizationOf } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import { listOffices } from '../repos/organizations.repo.js';
import type { Context } from './context.js';

/** The country offices of the actor's organisation. */
export async function listOfficesOfOrganization(ctx: Context): Promise<{ items: OfficeSummary[] }> {
  authorize(ctx.actor, 'offices.list');
  const rows = await listOffices(ctx.db, organizationOf(ctx.actor));
  return { items: rows.map((o) => ({ id: o.id, code: o.code, name: o.name, country: o.country })) };
}
