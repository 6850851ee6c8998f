/** A project's checklist: the items of its pinned version, answered, scored, waived, with history. */
import type { AnswerStatus } from '../../core/checklists/answer.js';
import {
  answerRequestSchema,
  type Answer,
  type AnswerRequest,
  type ChecklistItemView,
  type ChecklistView,
  type Waiver,
  type WaiverRequest,
} from '../../core/checklists/checklist.schema.js';
import { scoreChecklist, type ChecklistScores } from '../../core/checklists/score-checklist.js';
import { AppError } from '../../core/errors.js';
import {
  answerablePhases,
  type ChecklistPhase,
  type ProjectPhase,
} from '../../core/projects/phase.js';
import type { LanguageCode } from '../../core/shared/language.js';
import { inTransaction, type Db } from '../db/database.js';
import {
  findAnswer,
  insertAnswerHistory,
  insertWaiver,
  listAnswerHistory,
  listAnswers,
  listWaivers,
  writeAnswer,
  type AnswerRow,
  type WaiverRow,
} from '../repos/answers.repo.js';
import { findChecklistVersionById, type ChecklistItemRow } from '../repos/checklists.repo.js';
import { projectItems } from './project-items.js';
import { userNames } from '../repos/users.repo.js';
import { recordAudit } from './audit.service.js';
import { withDb, type Context } from './context.js';
import { loadProject } from './projects.service.js';

function scoresOf(
  items: ChecklistItemRow[],
  answers: AnswerRow[],
  waivers: WaiverRow[],
): ChecklistScores {
  return scoreChecklist(
    items.map((i) => ({
      id: i.itemId,
      principle: i.principle,
      phase: i.phase,
      mandatory: i.mandatory,
    })),
    new Map(answers.map((a) => [a.itemId, a.status as AnswerStatus])),
    new Set(waivers.map((w) => w.itemId)),
  );
}

/** The checklist of one phase (or of every phase answerable now), in the asked language. */
export async function getChecklist(
  ctx: Context,
  projectId: string,
  phase: ChecklistPhase | undefined,
  lang: LanguageCode,
): Promise<ChecklistView> {
  const project = await loadProject(ctx, 'checklist.read', projectId);
  const phases = phase ? [phase] : answerablePhases(project.phase as ProjectPhase);
  const [items, answers, waivers, version] = await Promise.all([
    projectItems(ctx.db, project),
    listAnswers(ctx.db, project.id),
    listWaivers(ctx.db, project.id),
    findChecklistVersionById(ctx.db, project.checklistVersionId),
  ]);
  const shown = items.filter((i) => (phases as string[]).includes(i.phase));
  const names = await userNames(ctx.db, [
    ...answers.map((a) => a.answeredBy),
    ...waivers.map((w) => w.waivedBy),
  ]);
  const answerOf = new Map(answers.map((a) => [a.itemId, a]));
  const waiverOf = new Map(waivers.map((w) => [w.itemId, w]));
  const view = (item: ChecklistItemRow): ChecklistItemView => {
    const texts = item.texts[lang] ?? item.texts.en!;
    const answer = answerOf.get(item.itemId);
    const waiver = waiverOf.get(item.itemId);
    return {
      id: item.itemId,
      principle: item.principle,
      phase: item.phase as ChecklistPhase,
      sector: item.sector,
      mandatory: item.mandatory,
      evidenceRequired: item.evidenceRequired,
      text: texts.text,
      guidance: texts.guidance,
      answer: answer ? toAnswer(answer, names) : null,
      waiver: waiver ? toWaiver(waiver, names) : null,
    };
  };
  return {
    projectId: project.id,
    version: version?.version ?? '',
    lang,
    phase: phase ?? null,
    items: shown.map(view),
    scores: scoresOf(shown, answers, waivers),
  };
}

/** Answers one item; a stale or missing version on an existing answer is a conflict with the current answer. */
export async function answerItem(
  ctx: Context,
  projectId: string,
  itemId: string,
  request: AnswerRequest,
): Promise<{ answer: Answer; scores: ChecklistScores }> {
  const project = await loadProject(ctx, 'checklist.answer', projectId);
  const input = answerRequestSchema.parse(request);
  const items = await projectItems(ctx.db, project);
  const item = items.find((i) => i.itemId === itemId);
  if (!item)
    throw new AppError('validation_failed', 'checklist.unknown_item', {
      fields: [{ path: 'itemId', code: 'unknown_item' }],
    });
  if (!(answerablePhases(project.phase as ProjectPhase) as string[]).includes(item.phase)) {
    throw new AppError('validation_failed', 'checklist.phase_not_open', {
      fields: [{ path: 'itemId', code: 'phase_not_open' }],
    });
  }
  const actorId = ctx.actor?.kind === 'user' ? ctx.actor.id : null;
  return inTransaction(ctx.db, async (tx) => {
    const current = await findAnswer(tx, project.id, itemId);
    const expected = current ? (input.version ?? -1) : null;
    const after = {
      status: input.status,
      justification: input.justification ?? null,
      note: input.note ?? null,
    };
    const at = ctx.deps.now();
    const written = await writeAnswer(
      tx,
      {
        organizationId: project.organizationId,
        projectId: project.id,
        itemId,
        principle: item.principle,
        phase: item.phase,
        ...after,
        answeredBy: actorId,
        answeredAt: at,
      },
      expected,
    );
    if (!written) throw await staleAnswer(tx, project.id, itemId);
    const before = current
      ? { status: current.status, justification: current.justification, note: current.note }
      : null;
    await insertAnswerHistory(tx, {
      organizationId: project.organizationId,
      projectId: project.id,
      itemId,
      before,
      after,
      changedBy: actorId,
      changedAt: at,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'checklist.answer',
      targetType: 'project',
      targetId: project.id,
      details: { itemId, status: input.status },
    });
    const [answers, waivers] = await Promise.all([
      listAnswers(tx, project.id),
      listWaivers(tx, project.id),
    ]);
    const names = await userNames(tx, [actorId]);
    return { answer: toAnswer(written, names), scores: scoresOf(items, answers, waivers) };
  });
}

async function staleAnswer(db: Db, projectId: string, itemId: string) {
  const current = await findAnswer(db, projectId, itemId);
  const names = await userNames(db, [current?.answeredBy ?? null]);
  return new AppError('conflict', 'record.stale_version', {
    current: current ? toAnswer(current, names) : null,
  });
}

/** Waives a mandatory item with a reason (protection officers); audited and listed on the project. */
export async function waiveItem(
  ctx: Context,
  projectId: string,
  input: WaiverRequest,
): Promise<Waiver> {
  const project = await loadProject(ctx, 'checklist.waive', projectId);
  const item = (await projectItems(ctx.db, project)).find((i) => i.itemId === input.itemId);
  if (!item)
    throw new AppError('validation_failed', 'checklist.unknown_item', {
      fields: [{ path: 'itemId', code: 'unknown_item' }],
    });
  if (!item.mandatory)
    throw new AppError('validation_failed', 'checklist.not_mandatory', {
      fields: [{ path: 'itemId', code: 'not_mandatory' }],
    });
  const actorId = ctx.actor?.kind === 'user' ? ctx.actor.id : null;
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertWaiver(tx, {
      organizationId: project.organizationId,
      projectId,
      itemId: input.itemId,
      reason: input.reason,
      waivedBy: actorId,
      waivedAt: ctx.deps.now(),
    });
    if (!row)
      throw new AppError('conflict', 'checklist.already_waived', {
        fields: [{ path: 'itemId', code: 'already_waived' }],
      });
    await recordAudit(withDb(ctx, tx), {
      action: 'checklist.waive',
      targetType: 'project',
      targetId: projectId,
      details: { itemId: input.itemId },
    });
    return toWaiver(row, await userNames(tx, [actorId]));
  });
}

/** The waivers of a project. */
export async function listProjectWaivers(
  ctx: Context,
  projectId: string,
): Promise<{ items: Waiver[] }> {
  const project = await loadProject(ctx, 'checklist.read', projectId);
  const rows = await listWaivers(ctx.db, project.id);
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.waivedBy),
  );
  return { items: rows.map((r) => toWaiver(r, names)) };
}

/** Who changed which answer, when, from what to what. */
export async function getAnswerHistory(ctx: Context, projectId: string, itemId?: string) {
  const project = await loadProject(ctx, 'checklist.read', projectId);
  const rows = await listAnswerHistory(ctx.db, project.id, itemId);
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.changedBy),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      itemId: r.itemId,
      before: r.before as Answer | null,
      after: r.after as Answer,
      changedBy: r.changedBy ? (names.get(r.changedBy) ?? null) : null,
      changedAt: r.changedAt.toISOString(),
    })),
  };
}

function toAnswer(row: AnswerRow, names: Map<string, string>): Answer {
  return {
    status: row.status as AnswerStatus,
    justification: row.justification,
    note: row.note,
    version: row.version,
    answeredBy: row.answeredBy ? (names.get(row.answeredBy) ?? null) : null,
    answeredAt: row.answeredAt.toISOString(),
  };
}

function toWaiver(row: WaiverRow, names: Map<string, string>): Waiver {
  return {
    id: row.id,
    itemId: row.itemId,
    reason: row.reason,
    waivedBy: row.waivedBy ? (names.get(row.waivedBy) ?? null) : null,
    waivedAt: row.waivedAt.toISOString(),
  };
}
