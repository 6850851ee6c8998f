/** Loading sites and audits within the actor's countries; out of scope looks the same as missing. */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import { findAudit } from '../../repos/safety-audits.repo.js';
import { findSite, type SafetySiteRow } from '../../repos/safety-sites.repo.js';
import type { Context } from '../context.js';

type SafetyAction = 'safety.read' | 'safety.audit' | 'safety.export';

/** A site the actor may act on, or `not_found`. */
export async function loadSite(
  ctx: Context,
  action: SafetyAction,
  id: string,
): Promise<SafetySiteRow> {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const site = await findSite(ctx.db, organizationId, id);
  if (!site) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: site.country });
  return site;
}

/** An audit (with its site) the actor may act on, or `not_found`. */
export async function loadAudit(ctx: Context, action: SafetyAction, id: string) {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const found = await findAudit(ctx.db, organizationId, id);
  if (!found) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: found.site.country });
  return found;
}

/** The place's name in the language, falling back to English, then to its P-code. */
export function placeName(place: LocationRow | undefined, pcode: string, lang: LanguageCode) {
  return place?.names[lang] ?? place?.names.en ?? pcode;
}

/** Today as YYYY-MM-DD on the service clock. */
export function todayOf(ctx: Context): string {
  return ctx.deps.now().toISOString().slice(0, 10);
}

/** The signed-in user acting, or null for the system and tokens. */
export function actingUser(ctx: Context): string | null {
  return ctx.actor?.kind === 'user' ? ctx.actor.id : null;
}
