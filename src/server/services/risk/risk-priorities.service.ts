/**
 * "Who is most at risk where": the latest analysis of each place × risk ranked by the risk
 * equation, and the dated series of one place × risk with its change as protection outcomes.
 */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize, isWithinScope } from '../../../core/policy/authorize.js';
import { prioritiseRisks } from '../../../core/risk/prioritise-risks.js';
import type { ProtectionRisk } from '../../../core/risk/protection-risks.js';
import type {
  RiskHistoryQuery,
  RiskPrioritiesQuery,
  RiskPriority,
} from '../../../core/risk/risk-analysis-api.schema.js';
import type { RiskHistory } from '../../../core/risk/risk-history.schema.js';
import { riskTrend } from '../../../core/risk/risk-trend.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import { latestPerPlaceAndRisk, listSeries } from '../../repos/risk-analyses.repo.js';
import { linkedProjectsOf, listInterventions } from '../../repos/risk-links.repo.js';
import { recordAudit } from '../audit.service.js';
import type { Context } from '../context.js';
import { countryScope } from '../projects.service.js';
import {
  presentPlace,
  ratingsOfRow,
  toIntervention,
  toRiskSummary,
} from './present-risk-analysis.js';
import { interventionProjects } from './risk-links.service.js';
import { bandsOf } from './risk-analyses.service.js';

/** The latest analysis per place × risk in the actor's countries, ranked; the list is audited. */
export async function riskPriorities(
  ctx: Context,
  query: RiskPrioritiesQuery,
): Promise<Page<RiskPriority>> {
  authorize(ctx.actor, 'risk.list');
  const organizationId = organizationOf(ctx.actor);
  const [rows, bands] = await Promise.all([
    latestPerPlaceAndRisk(ctx.db, organizationId, { ...query, countries: countryScope(ctx.actor) }),
    bandsOf(ctx, organizationId),
  ]);
  const ranked = prioritiseRisks(rows.map((row) => toRiskSummary(row, undefined, bands)));
  const start = (query.page - 1) * query.pageSize;
  const page = ranked.slice(start, start + query.pageSize);
  const places = await findLocationsByPcodes(
    ctx.db,
    organizationId,
    page.map((p) => p.locationPcode),
  );
  await recordAudit(ctx, {
    action: 'risk.list',
    targetType: 'risk_analysis',
    details: {
      view: 'priorities',
      count: page.length,
      total: ranked.length,
      ids: page.map((p) => p.id),
    },
  });
  return {
    items: page.map((p) => ({ ...p, place: presentPlace(places.get(p.locationPcode)) })),
    total: ranked.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One place × risk over time: the analyses, their projects and interventions, and the changes. */
export async function riskHistory(ctx: Context, query: RiskHistoryQuery): Promise<RiskHistory> {
  authorize(ctx.actor, 'risk.list');
  const organizationId = organizationOf(ctx.actor);
  const place = (await findLocationsByPcodes(ctx.db, organizationId, [query.location])).get(
    query.location,
  );
  if (!place || !isWithinScope(ctx.actor!, { organizationId, country: place.country }))
    throw new AppError('not_found', 'record.not_found');
  const [rows, bands] = await Promise.all([
    listSeries(ctx.db, organizationId, query.location, query.risk),
    bandsOf(ctx, organizationId),
  ]);
  const ids = rows.map((r) => r.id);
  const [projects, interventions] = await Promise.all([
    linkedProjectsOf(ctx.db, organizationId, ids),
    listInterventions(ctx.db, organizationId, ids),
  ]);
  const projectById = await interventionProjects(ctx, organizationId, interventions);
  await recordAudit(ctx, {
    action: 'risk.list',
    targetType: 'risk_analysis',
    details: { view: 'history', count: rows.length, ids },
  });
  const changes = riskTrend(
    rows.map((r) => ({
      locationPcode: r.locationPcode,
      riskCode: r.riskCode,
      date: r.analysedOn,
      ratings: ratingsOfRow(r),
    })),
    bands,
  );
  return {
    locationPcode: query.location,
    riskCode: query.risk as ProtectionRisk,
    place: presentPlace(place),
    points: rows.map((row) => ({
      ...toRiskSummary(row, place, bands),
      version: row.version,
      projects: projects.get(row.id) ?? [],
      interventions: interventions
        .filter((i) => i.riskAnalysisId === row.id)
        .map((i) => toIntervention(i, projectById)),
    })),
    changes: changes.map(({ locationPcode: _l, riskCode: _r, ...change }) => change),
  };
}
