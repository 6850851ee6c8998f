/** Checks shared by the capacity services: projects and people a request names, place names. */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { isWithinScope } from '../../../core/policy/authorize.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import { findProjectsByIds } from '../../repos/risk-links.repo.js';
import { findActiveUsers } from '../../repos/trainings.repo.js';
import type { Context } from '../context.js';

/** The name of a place in the language asked for, else English, else any, else its P-code. */
export function placeName(place: LocationRow | undefined, pcode: string, lang: LanguageCode) {
  const names = (place?.names ?? {}) as Partial<Record<string, string>>;
  return names[lang] ?? names.en ?? Object.values(names).find(Boolean) ?? pcode;
}

/**
 * The project a request names: of the organisation, in the actor's scope and in `country`;
 * otherwise `validation_failed` naming `projectId` (out of scope reads as unknown).
 */
export async function projectInScope(ctx: Context, projectId: string, country?: string) {
  const organizationId = organizationOf(ctx.actor);
  const [project] = await findProjectsByIds(ctx.db, organizationId, [projectId]);
  const visible =
    project &&
    (ctx.actor?.kind === 'system' ||
      isWithinScope(ctx.actor!, { organizationId, country: project.country }));
  if (!visible)
    throw new AppError('validation_failed', 'capacity.unknown_project', {
      fields: [{ path: 'projectId', code: 'unknown_project' }],
    });
  if (country && project.country !== country)
    throw new AppError('validation_failed', 'capacity.project_other_country', {
      fields: [{ path: 'projectId', code: 'other_country' }],
    });
  return project;
}

/** The active users of the organisation a request names, or `validation_failed` naming each. */
export async function peopleOfOrganization(ctx: Context, ids: readonly string[], field: string) {
  const found = await findActiveUsers(ctx.db, organizationOf(ctx.actor), ids);
  const known = new Set(found.map((u) => u.id));
  const fields = ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `${field}.${i}`, code: 'unknown_user' }],
  );
  if (fields.length) throw new AppError('validation_failed', 'capacity.unknown_user', { fields });
  return found;
}
