/**
 * Community consultations: record, list, read and revise, within the actor's countries. The
 * participants are checked against the organisation's age brackets, the issues against the
 * framework's principles, and every decision's link against the projects and actions in scope.
 */
import { AppError } from '../../../core/errors.js';
import {
  checkConsultation,
  participantTotal,
} from '../../../core/participation/check-consultation.js';
import {
  consultationFieldsSchema,
  type ConsultationFields,
  type ConsultationFieldsInput,
} from '../../../core/participation/consultation.schema.js';
import type {
  Consultation,
  ConsultationSummary,
  ListConsultationsQuery,
  UpdateConsultationRequest,
} from '../../../core/participation/participation-api.schema.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { parseAgeBrackets } from '../../../core/reach/age-brackets.js';
import { invalidInput } from '../../../core/risk/invalid-input.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction, type Db } from '../../db/database.js';
import {
  findConsultation,
  findConsultationByKey,
  insertConsultation,
  listConsultations,
  replaceDecisions,
  updateConsultationIfVersion,
  type ConsultationRow,
} from '../../repos/consultations.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { countryScope } from '../projects.service.js';
import { linksOfConsultations } from './consultation-links.js';
import { resolveReferences } from './participation-references.js';
import { toConsultation, toConsultationSummary } from './present-consultation.js';

/** A consultation the actor may act on, or `not_found` (out of scope looks the same as missing). */
async function loadConsultation(ctx: Context, action: string, id: string) {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findConsultation(ctx.db, organizationId, id);
  if (!row) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: row.country });
  return row;
}

/** Parses and checks the fields, then resolves what they name; `validation_failed` otherwise. */
async function validated(ctx: Context, input: ConsultationFieldsInput) {
  const fields = consultationFieldsSchema.parse(input);
  const settings = await loadSettings(ctx.db, organizationOf(ctx.actor));
  const problems = checkConsultation(fields, {
    ageBrackets: parseAgeBrackets(settings.ageBrackets).map((b) => b.code),
    principles: ctx.deps.framework.structure.principles,
  });
  if (problems.length) throw invalidInput('participation.invalid_consultation', problems);
  return { fields, refs: await resolveReferences(ctx, fields, fields.decisions) };
}

function columnsOf(fields: ConsultationFields, country: string) {
  return {
    heldOn: fields.heldOn,
    locationPcode: fields.locationPcode,
    country,
    projectId: fields.projectId ?? null,
    method: fields.method,
    facilitator: fields.facilitator,
    languages: fields.languages,
    topics: fields.topics,
    participants: fields.participants,
    groups: fields.groups,
    issues: fields.issues,
    totalParticipants: participantTotal(fields),
  };
}

const decisionRows = (fields: ConsultationFields, organizationId: string) =>
  fields.decisions.map((d, position) => ({
    organizationId,
    position,
    description: d.description,
    link: d.link,
    projectId: d.projectId ?? null,
    actionId: d.actionId ?? null,
    feedbackCategory: d.feedbackCategory ?? null,
  }));

/** The whole record as the API answers it, read in `db`. */
async function present(db: Db, row: ConsultationRow): Promise<Consultation> {
  const found = await linksOfConsultations(db, row.organizationId, [row]);
  return toConsultation(
    row,
    found.places.get(row.locationPcode),
    found.projectOf(row),
    found.decisionsOf(row.id),
    found.links,
  );
}

/** Records a consultation; a retry with the same idempotency key answers the first one. */
export async function createConsultation(
  ctx: Context,
  input: ConsultationFieldsInput,
  idempotencyKey?: string,
): Promise<{ consultation: Consultation; replayed: boolean }> {
  authorize(ctx.actor, 'consultations.create');
  const organizationId = organizationOf(ctx.actor);
  const { fields, refs } = await validated(ctx, input);
  const created = await inTransaction(ctx.db, async (tx) => {
    const row = await insertConsultation(tx, {
      ...columnsOf(fields, refs.place.country),
      organizationId,
      idempotencyKey: idempotencyKey ?? null,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    });
    if (!row) return undefined;
    await replaceDecisions(tx, row.id, decisionRows(fields, organizationId));
    await recordAudit(withDb(ctx, tx), {
      action: 'consultations.create',
      targetType: 'consultation',
      targetId: row.id,
      details: { method: row.method, country: row.country, decisions: fields.decisions.length },
    });
    return present(tx, row);
  });
  if (created) return { consultation: created, replayed: false };
  const first = await findConsultationByKey(ctx.db, organizationId, idempotencyKey!);
  return { consultation: await getConsultation(ctx, first!.id), replayed: true };
}

/** One consultation in full; the read is audited. */
export async function getConsultation(ctx: Context, id: string): Promise<Consultation> {
  const row = await loadConsultation(ctx, 'consultations.read', id);
  await recordAudit(ctx, {
    action: 'consultations.read',
    targetType: 'consultation',
    targetId: id,
  });
  return present(ctx.db, row);
}

/** Replaces a consultation with a new version; a stale version is a conflict carrying the current one. */
export async function updateConsultation(
  ctx: Context,
  id: string,
  input: UpdateConsultationRequest,
): Promise<Consultation> {
  const current = await loadConsultation(ctx, 'consultations.update', id);
  const { version, ...rest } = input;
  const { fields, refs } = await validated(ctx, rest);
  const updated = await inTransaction(ctx.db, async (tx) => {
    const columns = columnsOf(fields, refs.place.country);
    const row = await updateConsultationIfVersion(tx, current.organizationId, id, version, columns);
    if (!row) return undefined;
    await replaceDecisions(tx, id, decisionRows(fields, row.organizationId));
    await recordAudit(withDb(ctx, tx), {
      action: 'consultations.update',
      targetType: 'consultation',
      targetId: id,
      details: { version: row.version, decisions: fields.decisions.length },
    });
    return present(tx, row);
  });
  if (!updated)
    throw new AppError('conflict', 'record.stale_version', {
      current: await getConsultation(ctx, id),
    });
  return updated;
}

/** One page of consultations in the actor's countries. */
export async function listConsultationsPage(
  ctx: Context,
  query: ListConsultationsQuery,
): Promise<Page<ConsultationSummary>> {
  authorize(ctx.actor, 'consultations.list');
  const organizationId = organizationOf(ctx.actor);
  const filters = { ...query, countries: countryScope(ctx.actor) };
  const { items, total } = await listConsultations(ctx.db, organizationId, filters, query);
  const found = await linksOfConsultations(ctx.db, organizationId, items);
  return {
    items: items.map((r) =>
      toConsultationSummary(
        r,
        found.places.get(r.locationPcode),
        found.projectOf(r),
        found.decisionsOf(r.id).length,
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
