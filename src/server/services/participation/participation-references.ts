/**
 * Checking what a consultation or committee names — its place, its project, the projects, actions
 * and feedback categories its decisions link to — against the organisation and the actor's scope.
 * Anything unknown or out of scope is a `validation_failed` naming the field (never a leak).
 */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { isWithinScope } from '../../../core/policy/authorize.js';
import type { FieldProblem } from '../../../core/risk/invalid-input.js';
import type { ConsultationDecision } from '../../../core/participation/consultation.schema.js';
import { findAction } from '../../repos/actions.repo.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import { findProjectsByIds, type LinkedProject } from '../../repos/risk-links.repo.js';
import type { Context } from '../context.js';
import { placeInScope } from '../risk/risk-scope.js';

export interface ResolvedDecisionLinks {
  projects: Map<string, LinkedProject>;
  actions: Map<string, { id: string; title: string; projectId: string }>;
}

/** The project a record names, in scope and in the record's country, or undefined if none. */
async function projectProblem(
  ctx: Context,
  id: string,
  country: string,
  path: string,
): Promise<{ project?: LinkedProject; problem?: FieldProblem }> {
  const organizationId = organizationOf(ctx.actor);
  const [project] = await findProjectsByIds(ctx.db, organizationId, [id]);
  if (!project || !isWithinScope(ctx.actor!, { organizationId, country: project.country }))
    return { problem: { path, code: 'unknown_project' } };
  if (project.country !== country) return { problem: { path, code: 'other_country' } };
  return { project: { id: project.id, code: project.code, title: project.title } };
}

async function actionProblem(ctx: Context, id: string, country: string, path: string) {
  const organizationId = organizationOf(ctx.actor);
  const found = await findAction(ctx.db, organizationId, id);
  if (!found || !isWithinScope(ctx.actor!, { organizationId, country: found.projectCountry }))
    return { problem: { path, code: 'unknown_action' } };
  if (found.projectCountry !== country) return { problem: { path, code: 'other_country' } };
  const { action } = found;
  return { action: { id: action.id, title: action.title, projectId: action.projectId } };
}

/** The place, the record's own project and every decision link, or `validation_failed` naming each bad one. */
export async function resolveReferences(
  ctx: Context,
  fields: { locationPcode: string; projectId?: string | null | undefined },
  decisions: readonly ConsultationDecision[] = [],
  messageKey = 'participation.unknown_reference',
): Promise<{ place: LocationRow; project: LinkedProject | null } & ResolvedDecisionLinks> {
  const place = await placeInScope(ctx, fields.locationPcode);
  const problems: FieldProblem[] = [];
  const links: ResolvedDecisionLinks = { projects: new Map(), actions: new Map() };
  let project: LinkedProject | null = null;
  if (fields.projectId) {
    const found = await projectProblem(ctx, fields.projectId, place.country, 'projectId');
    if (found.problem) problems.push(found.problem);
    project = found.project ?? null;
  }
  for (const [i, d] of decisions.entries()) {
    if (d.projectId) {
      const found = await projectProblem(
        ctx,
        d.projectId,
        place.country,
        `decisions.${i}.projectId`,
      );
      if (found.problem) problems.push(found.problem);
      else links.projects.set(d.projectId, found.project!);
    }
    if (d.actionId) {
      const found = await actionProblem(ctx, d.actionId, place.country, `decisions.${i}.actionId`);
      if (found.problem) problems.push(found.problem);
      else links.actions.set(d.actionId, found.action!);
    }
  }
  if (problems.length) throw new AppError('validation_failed', messageKey, { fields: problems });
  return { place, project, ...links };
}
