/**
 * The protection roadmap (decision 030): milestones under the five pillars, their status and
 * evidence, and progress per pillar. Organisation-wide, not personal: writes are audited.
 */
import type { MilestoneStatus, RoadmapPillar } from '../../../core/capacity/capacity-codes.js';
import { isOverdue, roadmapProgress } from '../../../core/capacity/roadmap-progress.js';
import { roadmapTable } from '../../../core/capacity/roadmap-table.js';
import {
  milestoneRequestSchema,
  updateMilestoneRequestSchema,
  type ListMilestonesQuery,
  type Milestone,
  type MilestoneRequest,
  type PillarProgress,
  type UpdateMilestoneRequest,
} from '../../../core/capacity/roadmap.schema.js';
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction } from '../../db/database.js';
import {
  findMilestone,
  findMilestoneByTitle,
  insertMilestone,
  listMilestones,
  selectMilestones,
  updateMilestoneIfVersion,
  type MilestoneRow,
} from '../../repos/roadmap.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { exportFile } from './export-file.js';

const todayOf = (ctx: Context) => ctx.deps.now().toISOString().slice(0, 10);

function toMilestone(row: MilestoneRow, today: string): Milestone {
  const state = { status: row.status as MilestoneStatus, dueDate: row.dueOn };
  return {
    id: row.id,
    pillar: row.pillar as RoadmapPillar,
    title: row.title,
    owner: row.owner,
    dueDate: row.dueOn,
    status: state.status,
    evidence: row.evidence,
    evidenceUrl: row.evidenceUrl,
    completedOn: row.completedOn,
    isOverdue: isOverdue(state, today),
    version: row.version,
  };
}

function columnsOf(input: ReturnType<typeof milestoneRequestSchema.parse>) {
  return {
    pillar: input.pillar,
    title: input.title,
    owner: input.owner,
    dueOn: input.dueDate,
    status: input.status,
    evidence: input.evidence ?? null,
    evidenceUrl: input.evidenceUrl ?? null,
  };
}

/** Refuses a second milestone of the same title under a pillar (409 naming `title`). */
async function assertTitleFree(
  ctx: Context,
  organizationId: string,
  pillar: string,
  title: string,
  id?: string,
) {
  const existing = await findMilestoneByTitle(ctx.db, organizationId, pillar, title);
  if (existing && existing.id !== id)
    throw new AppError('conflict', 'capacity.milestone_taken', {
      fields: [{ path: 'title', code: 'taken' }],
      existingId: existing.id,
    });
}

/** Adds a milestone. */
export async function addMilestone(ctx: Context, body: MilestoneRequest): Promise<Milestone> {
  authorize(ctx.actor, 'roadmap.create');
  const organizationId = organizationOf(ctx.actor);
  const input = milestoneRequestSchema.parse(body);
  const today = todayOf(ctx);
  await assertTitleFree(ctx, organizationId, input.pillar, input.title);
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertMilestone(tx, {
      ...columnsOf(input),
      organizationId,
      completedOn: input.status === 'done' ? today : null,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'roadmap.create',
      targetType: 'roadmap_milestone',
      targetId: row.id,
      details: { pillar: row.pillar, status: row.status },
    });
    return toMilestone(row, today);
  });
}

/** The date a milestone was done: kept while it stays done, today when it becomes done. */
function completedOnAfter(current: MilestoneRow, status: MilestoneStatus, today: string) {
  if (status !== 'done') return null;
  return current.status === 'done' ? current.completedOn : today;
}

/** Revises a milestone (status, evidence...) with the version read; stale is a conflict. */
export async function reviseMilestone(
  ctx: Context,
  id: string,
  body: UpdateMilestoneRequest,
): Promise<Milestone> {
  authorize(ctx.actor, 'roadmap.update');
  const organizationId = organizationOf(ctx.actor);
  const { version, ...input } = updateMilestoneRequestSchema.parse(body);
  const current = await findMilestone(ctx.db, organizationId, id);
  if (!current) throw new AppError('not_found', 'record.not_found');
  await assertTitleFree(ctx, organizationId, input.pillar, input.title, id);
  const today = todayOf(ctx);
  const row = await inTransaction(ctx.db, async (tx) => {
    const updated = await updateMilestoneIfVersion(tx, organizationId, id, version, {
      ...columnsOf(input),
      completedOn: completedOnAfter(current, input.status, today),
    });
    if (!updated) return undefined;
    await recordAudit(withDb(ctx, tx), {
      action: 'roadmap.update',
      targetType: 'roadmap_milestone',
      targetId: id,
      details: { version: updated.version, fromStatus: current.status, toStatus: updated.status },
    });
    return updated;
  });
  if (!row) {
    const latest = (await findMilestone(ctx.db, organizationId, id)) ?? current;
    throw new AppError('conflict', 'record.stale_version', { current: toMilestone(latest, today) });
  }
  return toMilestone(row, today);
}

/** One page of milestones, filtered and sorted. */
export async function listRoadmap(
  ctx: Context,
  query: ListMilestonesQuery,
): Promise<Page<Milestone>> {
  authorize(ctx.actor, 'roadmap.list');
  const today = todayOf(ctx);
  const filters = { ...query, overdueOn: query.overdue === 'true' ? today : undefined };
  const { items, total } = await listMilestones(ctx.db, organizationOf(ctx.actor), filters, query);
  return {
    items: items.map((r) => toMilestone(r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Progress per pillar: share done and overdue milestones. */
export async function roadmapPillarProgress(ctx: Context): Promise<{ items: PillarProgress[] }> {
  authorize(ctx.actor, 'roadmap.list');
  const rows = await selectMilestones(ctx.db, organizationOf(ctx.actor));
  const states = rows.map((r) => ({
    pillar: r.pillar as RoadmapPillar,
    status: r.status as MilestoneStatus,
    dueDate: r.dueOn,
  }));
  return { items: roadmapProgress(states, todayOf(ctx)) };
}

/** The roadmap as a CSV or XLSX file; audited. */
export async function exportRoadmap(ctx: Context, format: 'csv' | 'xlsx'): Promise<ExportFile> {
  authorize(ctx.actor, 'roadmap.export');
  const today = todayOf(ctx);
  const rows = await selectMilestones(ctx.db, organizationOf(ctx.actor));
  const table = roadmapTable(rows.map((r) => toMilestone(r, today)));
  await recordAudit(ctx, {
    action: 'roadmap.export',
    targetType: 'roadmap_milestone',
    details: { format, rows: table.rows.length },
  });
  return exportFile(ctx, table, format, 'protection-roadmap');
}
