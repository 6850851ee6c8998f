/** Population baselines: record (form), list, read; scoped by the country of their place. */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { parseAgeBrackets } from '../../../core/reach/age-brackets.js';
import type {
  Baseline,
  CreateBaselineRequest,
  GroupCountInput,
  ListBaselinesQuery,
} from '../../../core/reach/baseline.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction, type Db } from '../../db/database.js';
import {
  findBaseline,
  insertBaseline,
  listBaselineCounts,
  listBaselines,
  type BaselineCountRow,
  type BaselineRow,
} from '../../repos/baselines.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { countryScope } from '../projects.service.js';
import { checkCells, requirePlace } from './check-cells.js';

/** Records a baseline under the organisation's bracket set (which must partition 0–120). */
export async function createBaseline(
  ctx: Context,
  request: CreateBaselineRequest,
): Promise<Baseline> {
  authorize(ctx.actor, 'baselines.create');
  const organizationId = organizationOf(ctx.actor);
  const brackets = parseAgeBrackets((await loadSettings(ctx.db, organizationId)).ageBrackets);
  checkCells(request.counts, brackets);
  const place = await requirePlace(
    ctx.db,
    ctx.actor,
    organizationId,
    request.locationPcode,
    request.referenceDate,
  );
  return inTransaction(ctx.db, async (tx) => {
    const row = await saveBaseline(tx, organizationId, ctx, {
      ...request,
      country: place.country,
      ageBrackets: brackets.map((b) => b.code),
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'baselines.create',
      targetType: 'baseline',
      targetId: row.id,
      details: { locationPcode: row.locationPcode, cells: request.counts.length },
    });
    return presentBaseline(row, await listBaselineCounts(tx, [row.id]));
  });
}

/** Inserts one baseline (also used by the import). */
export function saveBaseline(
  tx: Db,
  organizationId: string,
  ctx: Context,
  input: CreateBaselineRequest & { country: string; ageBrackets: string[] },
) {
  return insertBaseline(
    tx,
    {
      organizationId,
      locationPcode: input.locationPcode,
      country: input.country,
      referenceDate: input.referenceDate,
      source: input.source,
      ageBrackets: input.ageBrackets,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    },
    input.counts.map((c) => ({ ...c })),
  );
}

/** One page of the baselines of places within the caller's countries. */
export async function listBaselinesPage(
  ctx: Context,
  query: ListBaselinesQuery,
): Promise<Page<Baseline>> {
  authorize(ctx.actor, 'baselines.list');
  const organizationId = organizationOf(ctx.actor);
  const { items, total } = await listBaselines(
    ctx.db,
    organizationId,
    query,
    countryScope(ctx.actor),
  );
  const counts = await listBaselineCounts(
    ctx.db,
    items.map((b) => b.id),
  );
  return {
    items: items.map((b) =>
      presentBaseline(
        b,
        counts.filter((c) => c.baselineId === b.id),
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Loads a baseline the actor may perform `action` on, or `not_found`. */
export async function loadBaseline(
  ctx: Context,
  action: 'baselines.read' | 'baselines.export',
  id: string,
) {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  const row = await findBaseline(ctx.db, organizationId, id);
  if (!row) throw new AppError('not_found', 'record.not_found');
  authorize(ctx.actor, action, { organizationId, country: row.country });
  return { row, counts: await listBaselineCounts(ctx.db, [row.id]) };
}

/** One baseline with its counts. */
export async function getBaseline(ctx: Context, id: string): Promise<Baseline> {
  const { row, counts } = await loadBaseline(ctx, 'baselines.read', id);
  return presentBaseline(row, counts);
}

/** The API shape. */
export function presentBaseline(row: BaselineRow, counts: BaselineCountRow[]): Baseline {
  const cells: GroupCountInput[] = counts.map((c) => ({
    sex: c.sex as GroupCountInput['sex'],
    ageBracket: c.ageBracket,
    disability: c.disability as GroupCountInput['disability'],
    count: c.count,
  }));
  return {
    id: row.id,
    locationPcode: row.locationPcode,
    country: row.country,
    referenceDate: row.referenceDate,
    source: row.source,
    ageBrackets: row.ageBrackets,
    counts: cells,
    total: cells.reduce((s, c) => s + c.count, 0),
    createdAt: row.createdAt.toISOString(),
  };
}
