/**
 * Community committees: record, list, read and revise, within the actor's countries; members are
 * counted by role and attributes (no names), and the balance indicator is computed in core from
 * the membership and the committee's targets. Meetings are recorded against a committee.
 */
import { AppError } from '../../../core/errors.js';
import { checkCommittee } from '../../../core/participation/check-committee.js';
import { committeeBalance } from '../../../core/participation/committee-balance.js';
import {
  committeeFieldsSchema,
  committeeMeetingFieldsSchema,
  type CommitteeFieldsInput,
} from '../../../core/participation/committee.schema.js';
import type {
  Committee,
  CommitteeMeeting,
  CommitteeSummary,
  ListCommitteesQuery,
  UpdateCommitteeRequest,
} from '../../../core/participation/participation-api.schema.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { parseAgeBrackets } from '../../../core/reach/age-brackets.js';
import { invalidInput } from '../../../core/risk/invalid-input.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction, type Db } from '../../db/database.js';
import {
  findCommittee,
  findCommitteeByKey,
  insertCommittee,
  insertMeeting,
  meetingCounts,
  meetingsOf,
  selectCommittees,
  updateCommitteeIfVersion,
  type CommitteeMeetingRow,
  type CommitteeRow,
} from '../../repos/committees.repo.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import { findProjectsByIds } from '../../repos/risk-links.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { countryScope } from '../projects.service.js';
import { presentPlace } from '../risk/present-risk-analysis.js';
import { resolveReferences } from './participation-references.js';

/** More committees than an organisation runs; the list is filtered by balance after the query. */
const MAX_COMMITTEES = 5_000;

/** A committee the actor may act on, or `not_found`. */
export async function loadCommittee(ctx: Context, action: string, id: string) {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findCommittee(ctx.db, organizationId, id);
  if (!row) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: row.country });
  return row;
}

async function validated(ctx: Context, input: CommitteeFieldsInput) {
  const fields = committeeFieldsSchema.parse(input);
  const settings = await loadSettings(ctx.db, organizationOf(ctx.actor));
  const problems = checkCommittee(
    fields,
    parseAgeBrackets(settings.ageBrackets).map((b) => b.code),
  );
  if (problems.length) throw invalidInput('participation.invalid_committee', problems);
  const refs = await resolveReferences(ctx, fields);
  const columns = {
    name: fields.name,
    kind: fields.kind,
    locationPcode: fields.locationPcode,
    country: refs.place.country,
    siteName: fields.siteName || null,
    projectId: fields.projectId ?? null,
    establishedOn: fields.establishedOn ?? null,
    members: fields.members,
    targets: fields.targets,
    trainings: fields.trainings,
  };
  return { columns, refs };
}

async function present(db: Db, row: CommitteeRow): Promise<Committee> {
  const [places, projects] = await Promise.all([
    findLocationsByPcodes(db, row.organizationId, [row.locationPcode]),
    findProjectsByIds(db, row.organizationId, row.projectId ? [row.projectId] : []),
  ]);
  const project = projects[0];
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Committee['kind'],
    locationPcode: row.locationPcode,
    place: presentPlace(places.get(row.locationPcode)),
    country: row.country,
    siteName: row.siteName,
    project: project ? { id: project.id, code: project.code, title: project.title } : null,
    establishedOn: row.establishedOn,
    members: row.members as Committee['members'],
    targets: row.targets,
    trainings: row.trainings,
    balance: committeeBalance(row.members, row.targets),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Records a committee; a retry with the same idempotency key answers the first one. */
export async function createCommittee(
  ctx: Context,
  input: CommitteeFieldsInput,
  idempotencyKey?: string,
): Promise<{ committee: Committee; replayed: boolean }> {
  authorize(ctx.actor, 'committees.create');
  const organizationId = organizationOf(ctx.actor);
  const { columns } = await validated(ctx, input);
  const created = await inTransaction(ctx.db, async (tx) => {
    const row = await insertCommittee(tx, {
      ...columns,
      organizationId,
      idempotencyKey: idempotencyKey ?? null,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    });
    if (!row) return undefined;
    await recordAudit(withDb(ctx, tx), {
      action: 'committees.create',
      targetType: 'committee',
      targetId: row.id,
      details: { kind: row.kind, country: row.country },
    });
    return present(tx, row);
  });
  if (created) return { committee: created, replayed: false };
  const first = await findCommitteeByKey(ctx.db, organizationId, idempotencyKey!);
  return { committee: await present(ctx.db, first!), replayed: true };
}

/** One committee in full. */
export async function getCommittee(ctx: Context, id: string): Promise<Committee> {
  return present(ctx.db, await loadCommittee(ctx, 'committees.read', id));
}

/** Replaces a committee with a new version; a stale version is a conflict carrying the current one. */
export async function updateCommittee(
  ctx: Context,
  id: string,
  input: UpdateCommitteeRequest,
): Promise<Committee> {
  const current = await loadCommittee(ctx, 'committees.update', id);
  const { version, ...rest } = input;
  const { columns } = await validated(ctx, rest);
  const updated = await inTransaction(ctx.db, async (tx) => {
    const row = await updateCommitteeIfVersion(tx, current.organizationId, id, version, columns);
    if (!row) return undefined;
    await recordAudit(withDb(ctx, tx), {
      action: 'committees.update',
      targetType: 'committee',
      targetId: id,
      details: { version: row.version },
    });
    return present(tx, row);
  });
  if (!updated)
    throw new AppError('conflict', 'record.stale_version', {
      current: await getCommittee(ctx, id),
    });
  return updated;
}

/** One page of committees in the actor's countries, optionally only those below a target. */
export async function listCommitteesPage(
  ctx: Context,
  query: ListCommitteesQuery,
): Promise<Page<CommitteeSummary>> {
  authorize(ctx.actor, 'committees.list');
  const organizationId = organizationOf(ctx.actor);
  const filters = { ...query, countries: countryScope(ctx.actor) };
  const rows = await selectCommittees(ctx.db, organizationId, filters, query.sort, MAX_COMMITTEES);
  const withBalance = rows
    .map((row) => ({ row, balance: committeeBalance(row.members, row.targets) }))
    .filter(({ balance }) =>
      query.unbalanced === undefined ? true : (query.unbalanced === 'true') !== balance.balanced,
    );
  const start = (query.page - 1) * query.pageSize;
  const page = withBalance.slice(start, start + query.pageSize);
  const ids = page.map(({ row }) => row.id);
  const [places, projects, meetings] = await Promise.all([
    findLocationsByPcodes(
      ctx.db,
      organizationId,
      page.map(({ row }) => row.locationPcode),
    ),
    findProjectsByIds(ctx.db, organizationId, [
      ...new Set(page.flatMap(({ row }) => row.projectId ?? [])),
    ]),
    meetingCounts(ctx.db, organizationId, ids),
  ]);
  const projectOf = new Map(
    projects.map((p) => [p.id, { id: p.id, code: p.code, title: p.title }]),
  );
  return {
    items: page.map(({ row, balance }) => ({
      id: row.id,
      name: row.name,
      kind: row.kind as CommitteeSummary['kind'],
      locationPcode: row.locationPcode,
      place: presentPlace(places.get(row.locationPcode)),
      country: row.country,
      project: row.projectId ? (projectOf.get(row.projectId) ?? null) : null,
      balance,
      updatedAt: row.updatedAt.toISOString(),
      meetings: meetings.get(row.id) ?? 0,
      trainings: row.trainings.length,
    })),
    total: withBalance.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function toMeeting(row: CommitteeMeetingRow): CommitteeMeeting {
  return {
    id: row.id,
    committeeId: row.committeeId,
    heldOn: row.heldOn,
    attendance: row.attendance as CommitteeMeeting['attendance'],
    decisions: row.decisions,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Records a meeting of a committee (date, attendance by sex, decisions). */
export async function recordMeeting(ctx: Context, committeeId: string, input: unknown) {
  const committee = await loadCommittee(ctx, 'committees.update', committeeId);
  const fields = committeeMeetingFieldsSchema.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertMeeting(tx, {
      ...fields,
      organizationId: committee.organizationId,
      committeeId,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'committees.meeting',
      targetType: 'committee',
      targetId: committeeId,
      details: { meetingId: row.id, decisions: fields.decisions.length },
    });
    return toMeeting(row);
  });
}

/** The meetings of a committee, latest first. */
export async function listMeetings(ctx: Context, committeeId: string) {
  const committee = await loadCommittee(ctx, 'committees.read', committeeId);
  const rows = await meetingsOf(ctx.db, committee.organizationId, committeeId);
  return { items: rows.map(toMeeting) };
}
