/**
 * Training coverage (decision 029): project staff lists and the share of each project's staff
 * trained on each topic, flagged below the target. Staff see coverage of the projects in their
 * countries; the figures name no one.
 */
import { DEFAULT_COVERAGE_TARGET, TRAINING_TOPICS } from '../../../core/capacity/capacity-codes.js';
import type { TrainingTopic } from '../../../core/capacity/capacity-codes.js';
import { computeCoverage } from '../../../core/capacity/compute-coverage.js';
import type { CoveragePage, CoverageQuery } from '../../../core/capacity/training.schema.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { inTransaction } from '../../db/database.js';
import {
  listActiveUsers,
  projectsPage,
  replaceProjectStaff,
  staffOfProjects,
  trainedUsersByTopic,
} from '../../repos/trainings.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { loadProject } from '../projects.service.js';
import { peopleOfOrganization } from './capacity-scope.js';

/** The people of the organisation who can be named as trainees or project staff. */
export async function listTrainablePeople(ctx: Context) {
  authorize(ctx.actor, 'trainings.list');
  return { items: await listActiveUsers(ctx.db, organizationOf(ctx.actor)) };
}

/** The staff list of a project. */
export async function getProjectStaff(ctx: Context, projectId: string) {
  const project = await loadProject(ctx, 'trainings.list', projectId);
  const staff = await staffOfProjects(ctx.db, project.organizationId, [project.id]);
  const ids = staff.get(project.id) ?? [];
  const people = await listActiveUsers(ctx.db, project.organizationId);
  return { projectId: project.id, items: people.filter((p) => ids.includes(p.id)) };
}

/** Replaces the staff list of a project (active users of the organisation only); audited. */
export async function setProjectStaff(ctx: Context, projectId: string, userIds: string[]) {
  const project = await loadProject(ctx, 'trainings.staff', projectId);
  await peopleOfOrganization(ctx, userIds, 'userIds');
  await inTransaction(ctx.db, async (tx) => {
    await replaceProjectStaff(tx, project.organizationId, project.id, userIds);
    await recordAudit(withDb(ctx, tx), {
      action: 'trainings.staff',
      targetType: 'project',
      targetId: project.id,
      details: { staff: userIds.length },
    });
  });
  return getProjectStaff(ctx, projectId);
}

/** Coverage per project in the actor's scope × topic, flagged below the target percent. */
export async function trainingCoverage(ctx: Context, query: CoverageQuery): Promise<CoveragePage> {
  authorize(ctx.actor, 'trainings.coverage');
  const organizationId = organizationOf(ctx.actor);
  const countries = ctx.actor?.kind === 'system' ? null : ctx.actor!.countries;
  const { items: projects, total } = await projectsPage(ctx.db, organizationId, countries, query);
  const staff = await staffOfProjects(
    ctx.db,
    organizationId,
    projects.map((p) => p.id),
  );
  const everyone = [...new Set([...staff.values()].flat())];
  const trained = new Map<TrainingTopic, Set<string>>();
  for (const row of await trainedUsersByTopic(ctx.db, organizationId, everyone)) {
    const topic = row.topic as TrainingTopic;
    trained.set(topic, (trained.get(topic) ?? new Set()).add(row.userId));
  }
  const topics = query.topic ? [query.topic] : TRAINING_TOPICS.filter((t) => t !== 'other');
  const rows = computeCoverage(
    projects.map((p) => ({ projectId: p.id, staffIds: staff.get(p.id) ?? [] })),
    topics,
    trained,
    query.target ?? DEFAULT_COVERAGE_TARGET,
  );
  const byId = new Map(projects.map((p) => [p.id, p]));
  return {
    items: rows.map(({ projectId, ...figures }) => {
      const p = byId.get(projectId)!;
      return { project: p, ...figures };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
