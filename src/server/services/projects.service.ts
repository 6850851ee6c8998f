/** Projects: register, list, read, edit, and move through the life-cycle (with the endorsement gate). */
import { AppError } from '../../core/errors.js';
import { organizationOf, type Actor } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import { findBlockingItems } from '../../core/projects/endorsement-gate.js';
import { findTransition, type ProjectPhase } from '../../core/projects/phase.js';
import {
  createProjectRequestSchema,
  type CreateProjectRequest,
  type ListProjectsQuery,
  type Project,
  type UpdateProjectRequest,
} from '../../core/projects/project.schema.js';
import type { Page } from '../../core/shared/pagination.schema.js';
import type { AnswerStatus } from '../../core/checklists/answer.js';
import { inTransaction, type Db } from '../db/database.js';
import { listAnswers, listWaivers } from '../repos/answers.repo.js';
import { findChecklistVersionById, listChecklistItems } from '../repos/checklists.repo.js';
import { listOffices } from '../repos/organizations.repo.js';
import {
  findProject,
  findProjectByCode,
  insertProject,
  insertTransition,
  listProjects,
  updateProjectIfVersion,
  type ProjectRow,
} from '../repos/projects.repo.js';
import { recordAudit } from './audit.service.js';
import { currentVersion } from './checklist-versions.service.js';
import { withDb, type Context } from './context.js';
import { isItemOfProject } from './project-items.js';

/** The countries an actor is limited to, or null for the whole organisation. */
export function countryScope(actor: Actor | null): string[] | null {
  return actor && actor.kind !== 'system' ? actor.countries : null;
}

/** Loads a project the actor may perform `action` on, or `not_found`. */
export async function loadProject(
  ctx: Context,
  action: Parameters<typeof authorize>[1],
  id: string,
) {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const project = await findProject(ctx.db, organizationId, id);
  if (!project) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: project.country });
  return project;
}

async function assertKnownReferences(
  ctx: Context,
  organizationId: string,
  input: { sectors?: string[]; officeId?: string | null; country?: string },
) {
  const fields: { path: string; code: string }[] = [];
  const sectors = new Set<string>(ctx.deps.framework.structure.sectors);
  input.sectors?.forEach((sector, index) => {
    if (!sectors.has(sector)) fields.push({ path: `sectors.${index}`, code: 'unknown_sector' });
  });
  if (input.officeId) {
    const office = (await listOffices(ctx.db, organizationId)).find((o) => o.id === input.officeId);
    if (!office) fields.push({ path: 'officeId', code: 'unknown_office' });
    else if (input.country && office.country !== input.country)
      fields.push({ path: 'officeId', code: 'other_country' });
  }
  if (fields.length)
    throw new AppError('validation_failed', 'projects.unknown_reference', { fields });
}

/** Registers a project in design, pinned to the organisation's current checklist version. */
export async function createProject(ctx: Context, request: CreateProjectRequest): Promise<Project> {
  authorize(ctx.actor, 'projects.create');
  const organizationId = organizationOf(ctx.actor);
  const input = createProjectRequestSchema.parse(request);
  await assertKnownReferences(ctx, organizationId, input);
  authorize(ctx.actor, 'projects.create', { organizationId, country: input.country });
  if (await findProjectByCode(ctx.db, organizationId, input.code)) {
    throw new AppError('conflict', 'projects.code_taken', {
      fields: [{ path: 'code', code: 'taken' }],
    });
  }
  return inTransaction(ctx.db, async (tx) => {
    const version = await currentVersion(tx, organizationId);
    const row = await insertProject(tx, {
      ...input,
      organizationId,
      officeId: input.officeId ?? null,
      budget: input.budget ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      checklistVersionId: version.id,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'projects.create',
      targetType: 'project',
      targetId: row.id,
      details: { code: row.code, country: row.country },
    });
    return toProject(row, version.version);
  });
}

/** One page of the projects in the actor's scope. */
export async function listProjectsPage(
  ctx: Context,
  query: ListProjectsQuery,
): Promise<Page<Project>> {
  authorize(ctx.actor, 'projects.list');
  const organizationId = organizationOf(ctx.actor);
  const { items, total } = await listProjects(
    ctx.db,
    organizationId,
    query,
    countryScope(ctx.actor),
  );
  const labels = await versionLabels(ctx.db, items);
  return {
    items: items.map((p) => toProject(p, labels.get(p.checklistVersionId) ?? '')),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One project. */
export async function getProject(ctx: Context, id: string): Promise<Project> {
  const project = await loadProject(ctx, 'projects.read', id);
  return toProject(
    project,
    (await versionLabels(ctx.db, [project])).get(project.checklistVersionId) ?? '',
  );
}

/** Edits a project's description; a stale version is a conflict carrying the current project. */
export async function updateProject(
  ctx: Context,
  id: string,
  input: UpdateProjectRequest,
): Promise<Project> {
  const project = await loadProject(ctx, 'projects.update', id);
  await assertKnownReferences(ctx, project.organizationId, { ...input, country: project.country });
  return inTransaction(ctx.db, async (tx) => {
    const { version, ...changes } = input;
    const updated = await updateProjectIfVersion(tx, project.organizationId, id, version, changes);
    if (!updated) throw await staleProject(withDb(ctx, tx), id);
    await recordAudit(withDb(ctx, tx), {
      action: 'projects.update',
      targetType: 'project',
      targetId: id,
      details: { changed: Object.keys(changes) },
    });
    return toProject(
      updated,
      (await versionLabels(tx, [updated])).get(updated.checklistVersionId) ?? '',
    );
  });
}

async function staleProject(ctx: Context, id: string) {
  return new AppError('conflict', 'record.stale_version', { current: await getProject(ctx, id) });
}

/** Moves a project to another phase when the life-cycle, the role and (for implementation) the gate allow. */
export async function transitionProject(
  ctx: Context,
  id: string,
  to: ProjectPhase,
): Promise<Project> {
  const project = await loadProject(ctx, 'projects.transition', id);
  const from = project.phase as ProjectPhase;
  const transition = findTransition(from, to);
  if (!transition) throw new AppError('conflict', 'projects.transition_not_allowed', { from, to });
  const actor = ctx.actor!;
  if (actor.kind !== 'system' && !transition.roles.includes(actor.role)) {
    throw new AppError('forbidden', 'projects.transition_role', {
      from,
      to,
      roles: transition.roles,
    });
  }
  return inTransaction(ctx.db, async (tx) => {
    if (from === 'endorsement' && to === 'implementation') {
      const blocking = await blockingItems(tx, project);
      if (blocking.length)
        throw new AppError('endorsement_blocked', 'projects.endorsement_blocked', {
          items: blocking,
        });
    }
    const updated = await updateProjectIfVersion(tx, project.organizationId, id, project.version, {
      phase: to,
    });
    if (!updated) throw await staleProject(withDb(ctx, tx), id);
    const by = actor.kind === 'user' ? actor.id : null;
    await insertTransition(tx, {
      organizationId: project.organizationId,
      projectId: id,
      fromPhase: from,
      toPhase: to,
      by,
      at: ctx.deps.now(),
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'projects.transition',
      targetType: 'project',
      targetId: id,
      details: { from, to },
    });
    return toProject(
      updated,
      (await versionLabels(tx, [updated])).get(updated.checklistVersionId) ?? '',
    );
  });
}

/** The mandatory design and endorsement items neither met nor waived. */
export async function blockingItems(db: Db, project: ProjectRow): Promise<string[]> {
  const [items, answers, waivers] = await Promise.all([
    listChecklistItems(db, project.checklistVersionId),
    listAnswers(db, project.id),
    listWaivers(db, project.id),
  ]);
  const relevant = items.filter((i) => isItemOfProject(i, project));
  return findBlockingItems(
    relevant.map((i) => ({ id: i.itemId, phase: i.phase, mandatory: i.mandatory })),
    new Map(answers.map((a) => [a.itemId, a.status as AnswerStatus])),
    new Set(waivers.map((w) => w.itemId)),
  );
}

async function versionLabels(db: Db, rows: readonly ProjectRow[]) {
  const ids = [...new Set(rows.map((r) => r.checklistVersionId))];
  const found = await Promise.all(ids.map((id) => findChecklistVersionById(db, id)));
  return new Map(found.filter((v) => v !== undefined).map((v) => [v.id, v.version]));
}

/** Presents a project row. */
export function toProject(row: ProjectRow, checklistVersion: string): Project {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    country: row.country,
    officeId: row.officeId,
    adminAreas: row.adminAreas,
    sectors: row.sectors,
    targetGroups: row.targetGroups as Project['targetGroups'],
    partners: row.partners,
    startDate: row.startDate,
    endDate: row.endDate,
    budget: (row.budget as Project['budget']) ?? null,
    phase: row.phase as ProjectPhase,
    checklistVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
