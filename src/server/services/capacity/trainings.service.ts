/**
 * Training sessions (decision 029): record (retry-safe with an idempotency key), read, revise and
 * list, within the actor's countries. Sessions name staff, so reads and lists are audited (ids and
 * counts only).
 */
import crypto from 'node:crypto';
import {
  trainingSessionRequestSchema,
  type ListTrainingsQuery,
  type TrainingSession,
  type TrainingSessionRequest,
} from '../../../core/capacity/training.schema.js';
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { PolicyAction } from '../../../core/policy/policy.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction } from '../../db/database.js';
import {
  findTrainingByKey,
  findTrainingSession,
  insertTrainingSession,
  listTrainingSessions,
  replaceParticipants,
  updateTrainingIfVersion,
  type TrainingSessionRow,
} from '../../repos/trainings.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { countryScope } from '../projects.service.js';
import { placeInScope } from '../risk/risk-scope.js';
import { peopleOfOrganization, projectInScope } from './capacity-scope.js';
import { presentTrainings } from './present-training.js';

type SessionInput = ReturnType<typeof trainingSessionRequestSchema.parse>;

/** Checks the place, project and trainees a session names; answers its columns. */
async function sessionColumns(ctx: Context, input: SessionInput) {
  const place = await placeInScope(ctx, input.locationPcode);
  if (input.projectId) await projectInScope(ctx, input.projectId, place.country);
  await peopleOfOrganization(ctx, input.traineeIds, 'traineeIds');
  return {
    topic: input.topic,
    topicOther: input.topic === 'other' ? (input.topicOther ?? null) : null,
    heldOn: input.date,
    locationPcode: place.pcode,
    country: place.country,
    projectId: input.projectId ?? null,
    facilitator: input.facilitator,
    language: input.language,
  };
}

const hashOf = (input: SessionInput) =>
  crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex');

async function present(ctx: Context, row: TrainingSessionRow) {
  const [session] = await presentTrainings(ctx.db, row.organizationId, [row], ctx.lang);
  return session!;
}

/** A session the actor may act on, or `not_found` (out of scope looks the same as missing). */
async function loadTraining(ctx: Context, action: PolicyAction, id: string) {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findTrainingSession(ctx.db, organizationId, id);
  if (!row) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: row.country });
  return row;
}

/** The session recorded earlier under the same key, or a conflict when the body differs. */
async function earlierUnderKey(ctx: Context, key: string | undefined, hash: string) {
  if (!key) return undefined;
  const earlier = await findTrainingByKey(ctx.db, organizationOf(ctx.actor), key);
  if (earlier && earlier.requestHash !== hash)
    throw new AppError('conflict', 'capacity.idempotency_key_reused');
  return earlier;
}

/** Records a session with its participants; a retry with the same key answers the first one. */
export async function recordTraining(
  ctx: Context,
  body: TrainingSessionRequest,
  idempotencyKey?: string,
): Promise<{ session: TrainingSession; isReplay: boolean }> {
  authorize(ctx.actor, 'trainings.create');
  const organizationId = organizationOf(ctx.actor);
  const input = trainingSessionRequestSchema.parse(body);
  const hash = hashOf(input);
  const earlier = await earlierUnderKey(ctx, idempotencyKey, hash);
  if (earlier) return { session: await present(ctx, earlier), isReplay: true };
  const columns = await sessionColumns(ctx, input);
  const row = await inTransaction(ctx.db, async (tx) => {
    const inserted = await insertTrainingSession(
      tx,
      {
        ...columns,
        organizationId,
        idempotencyKey: idempotencyKey ?? null,
        requestHash: idempotencyKey ? hash : null,
        createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
      },
      input.participants,
      input.traineeIds,
    );
    await recordAudit(withDb(ctx, tx), {
      action: 'trainings.create',
      targetType: 'training_session',
      targetId: inserted.id,
      details: {
        topic: inserted.topic,
        country: inserted.country,
        trainees: input.traineeIds.length,
      },
    });
    return inserted;
  });
  return { session: await present(ctx, row), isReplay: false };
}

/** One session in full; the read is audited. */
export async function getTraining(ctx: Context, id: string): Promise<TrainingSession> {
  const row = await loadTraining(ctx, 'trainings.read', id);
  await recordAudit(ctx, {
    action: 'trainings.read',
    targetType: 'training_session',
    targetId: id,
  });
  return present(ctx, row);
}

/** Revises a session (the whole entry, with the version read); a stale version is a conflict. */
export async function reviseTraining(
  ctx: Context,
  id: string,
  body: TrainingSessionRequest & { version: number },
): Promise<TrainingSession> {
  const current = await loadTraining(ctx, 'trainings.update', id);
  const { version, ...rest } = body;
  const input = trainingSessionRequestSchema.parse(rest);
  const columns = await sessionColumns(ctx, input);
  const row = await inTransaction(ctx.db, async (tx) => {
    const updated = await updateTrainingIfVersion(tx, current.organizationId, id, version, columns);
    if (!updated) return undefined;
    await replaceParticipants(tx, updated, input.participants, input.traineeIds);
    await recordAudit(withDb(ctx, tx), {
      action: 'trainings.update',
      targetType: 'training_session',
      targetId: id,
      details: { version: updated.version, topic: updated.topic },
    });
    return updated;
  });
  if (!row) {
    const latest = await findTrainingSession(ctx.db, current.organizationId, id);
    throw new AppError('conflict', 'record.stale_version', {
      current: await present(ctx, latest ?? current),
    });
  }
  return present(ctx, row);
}

/** One page of sessions in the actor's countries; the list is audited. */
export async function listTrainings(
  ctx: Context,
  query: ListTrainingsQuery,
): Promise<Page<TrainingSession>> {
  authorize(ctx.actor, 'trainings.list');
  const organizationId = organizationOf(ctx.actor);
  const filters = { ...query, countries: countryScope(ctx.actor) };
  const { items, total } = await listTrainingSessions(ctx.db, organizationId, filters, query);
  await recordAudit(ctx, {
    action: 'trainings.list',
    targetType: 'training_session',
    details: { count: items.length, total, ids: items.map((r) => r.id) },
  });
  return {
    items: await presentTrainings(ctx.db, organizationId, items, ctx.lang),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
