/** Sites audited for safety: record, list (with their latest risk and open actions), read. */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import {
  createSiteRequestSchema,
  type CreateSiteRequest,
  type ListSitesQuery,
  type Site,
  type SiteType,
} from '../../../core/safety/safety-site.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction } from '../../db/database.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import { findProjectsByIds } from '../../repos/risk-links.repo.js';
import { actionCountsOfSites } from '../../repos/safety-actions.repo.js';
import { latestRiskOfSites, siteRiskSeries } from '../../repos/safety-audits.repo.js';
import {
  findSiteNamed,
  insertSite,
  listSites,
  type SafetySiteRow,
} from '../../repos/safety-sites.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { countryScope } from '../projects.service.js';
import { placeInScope, projectsInScope } from '../risk/risk-scope.js';
import { actingUser, loadSite, placeName, todayOf } from './safety-scope.js';

/** Sites as the API shows them: place named in the reader's language, latest risk, open actions. */
async function presentSites(ctx: Context, rows: SafetySiteRow[], lastAudited: (string | null)[]) {
  const organizationId = organizationOf(ctx.actor);
  const ids = rows.map((r) => r.id);
  const projectIds = rows.flatMap((r) => (r.projectId ? [r.projectId] : []));
  const [places, projects, risks, actions] = await Promise.all([
    findLocationsByPcodes(
      ctx.db,
      organizationId,
      rows.map((r) => r.locationPcode),
    ),
    findProjectsByIds(ctx.db, organizationId, projectIds),
    latestRiskOfSites(ctx.db, ids),
    actionCountsOfSites(ctx.db, ids, todayOf(ctx)),
  ]);
  const projectById = new Map(projects.map((p) => [p.id, p]));
  return rows.map((row, index): Site => {
    const project = row.projectId ? projectById.get(row.projectId) : undefined;
    return {
      id: row.id,
      name: row.name,
      type: row.type as SiteType,
      country: row.country,
      place: {
        pcode: row.locationPcode,
        name: placeName(places.get(row.locationPcode), row.locationPcode, ctx.lang),
      },
      project: project ? { id: project.id, code: project.code, title: project.title } : null,
      lastAuditedOn: lastAudited[index] ?? null,
      lastRisk: risks.get(row.id) ?? null,
      openActions: actions.get(row.id)?.open ?? 0,
      overdueActions: actions.get(row.id)?.overdue ?? 0,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** Records a site at a place in the actor's countries, optionally of one of its projects there. */
export async function createSite(ctx: Context, request: CreateSiteRequest): Promise<Site> {
  authorize(ctx.actor, 'safety.audit');
  const organizationId = organizationOf(ctx.actor);
  const input = createSiteRequestSchema.parse(request);
  const place = await placeInScope(ctx, input.locationPcode);
  if (input.projectId)
    await projectsInScope(ctx, place.country, [input.projectId], () => 'projectId');
  if (await findSiteNamed(ctx.db, organizationId, place.pcode, input.name))
    throw new AppError('conflict', 'safety.site_taken', {
      fields: [{ path: 'name', code: 'taken' }],
    });
  const row = await inTransaction(ctx.db, async (tx) => {
    const site = await insertSite(tx, {
      organizationId,
      name: input.name,
      type: input.type,
      locationPcode: place.pcode,
      country: place.country,
      projectId: input.projectId ?? null,
      createdBy: actingUser(ctx),
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'safety.site.create',
      targetType: 'safety_site',
      targetId: site.id,
      details: { type: site.type, country: site.country },
    });
    return site;
  });
  return (await presentSites(ctx, [row], [null]))[0]!;
}

/** One page of sites in the actor's countries. */
export async function listSitesPage(ctx: Context, query: ListSitesQuery): Promise<Page<Site>> {
  authorize(ctx.actor, 'safety.read');
  const organizationId = organizationOf(ctx.actor);
  const { page, pageSize, sort, ...filters } = query;
  const result = await listSites(
    ctx.db,
    organizationId,
    { ...filters, countries: countryScope(ctx.actor) },
    { sort, page, pageSize },
  );
  const items = await presentSites(
    ctx,
    result.items.map((i) => i.site),
    result.items.map((i) => i.lastAuditedOn),
  );
  return { items, total: result.total, page, pageSize };
}

/** One site. */
export async function getSite(ctx: Context, id: string): Promise<Site> {
  const site = await loadSite(ctx, 'safety.read', id);
  const series = await siteRiskSeries(ctx.db, site.id);
  const [presented] = await presentSites(ctx, [site], [series.at(-1)?.date ?? null]);
  return presented!;
}
