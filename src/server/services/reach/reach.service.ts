/** Reach figures entered by form, and the disaggregated list (staff). */
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { parseAgeBrackets } from '../../../core/reach/age-brackets.js';
import type {
  CreateReachRequest,
  ListReachQuery,
  ReachCount,
} from '../../../core/reach/reach-entry.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { AppError } from '../../../core/errors.js';
import { inTransaction } from '../../db/database.js';
import { listReachCounts, reachConditions, writeReachRecord } from '../../repos/reach.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { countryScope, loadProject } from '../projects.service.js';
import { checkCells, requirePlace } from './check-cells.js';

/** Records (or replaces) the cells of one project × place × period. */
export async function enterReach(ctx: Context, request: CreateReachRequest) {
  const project = await loadProject(ctx, 'reach.create', request.projectId);
  const organizationId = project.organizationId;
  const brackets = parseAgeBrackets((await loadSettings(ctx.db, organizationId)).ageBrackets);
  checkCells(request.counts, brackets);
  const place = await requirePlace(
    ctx.db,
    ctx.actor,
    organizationId,
    request.locationPcode,
    request.periodStart,
  );
  if (place.country !== project.country)
    throw new AppError('validation_failed', 'reach.other_country', {
      fields: [{ path: 'locationPcode', code: 'other_country' }],
    });
  const { counts, ...key } = request;
  await inTransaction(ctx.db, async (tx) => {
    await writeReachRecord(tx, {
      organizationId,
      ...key,
      country: place.country,
      importId: null,
      cells: counts,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'reach.create',
      targetType: 'project',
      targetId: project.id,
      details: {
        locationPcode: key.locationPcode,
        periodStart: key.periodStart,
        cells: counts.length,
      },
    });
  });
  return { ...key, cells: counts.length };
}

/** One page of reach cells within the caller's countries. */
export async function listReach(ctx: Context, query: ListReachQuery): Promise<Page<ReachCount>> {
  authorize(ctx.actor, 'reach.list');
  const organizationId = organizationOf(ctx.actor);
  if (query.projectId) await loadProject(ctx, 'reach.list', query.projectId);
  const conditions = reachConditions(organizationId, query, countryScope(ctx.actor));
  const { items, total } = await listReachCounts(ctx.db, conditions, query);
  return {
    items: items.map(({ row, projectCode }) => ({
      id: row.id,
      projectId: row.projectId,
      projectCode,
      locationPcode: row.locationPcode,
      country: row.country,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      sex: row.sex as ReachCount['sex'],
      ageBracket: row.ageBracket,
      disability: row.disability as ReachCount['disability'],
      count: row.count,
      importId: row.importId,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
