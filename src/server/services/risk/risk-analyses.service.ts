/**
 * Protection risk analyses (DOMAIN.md §4): record, list, read and revise, within the actor's
 * countries. Confidential by default: every read and list is audited (ids and counts, no text).
 */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { computeRisk } from '../../../core/risk/compute-risk.js';
import {
  ratingsOf,
  riskAnalysisEntrySchema,
  type RiskAnalysisEntry,
} from '../../../core/risk/risk-analysis.schema.js';
import type {
  ListRiskAnalysesQuery,
  RiskAnalysis,
  RiskAnalysisSummary,
  UpdateRiskAnalysisRequest,
} from '../../../core/risk/risk-analysis-api.schema.js';
import type { SeverityBandSet } from '../../../core/risk/severity-bands.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { inTransaction } from '../../db/database.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import {
  findRiskAnalysisAt,
  insertRiskAnalysis,
  listRiskAnalyses,
  updateRiskAnalysisIfVersion,
  type NewRiskAnalysisRow,
} from '../../repos/risk-analyses.repo.js';
import { linkedProjectsOf } from '../../repos/risk-links.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { countryScope } from '../projects.service.js';
import { toRiskAnalysis, toRiskSummary } from './present-risk-analysis.js';
import { loadRiskAnalysis, placeInScope } from './risk-scope.js';

/** The organisation's current severity bands. */
export async function bandsOf(ctx: Context, organizationId: string): Promise<SeverityBandSet> {
  return (await loadSettings(ctx.db, organizationId)).severityBands;
}

/** The columns of an entry, its score and band computed in core with the organisation's bands. */
function entryColumns(entry: RiskAnalysisEntry, bands: SeverityBandSet, country: string) {
  const assessment = computeRisk(ratingsOf(entry), bands);
  return {
    locationPcode: entry.locationPcode,
    country,
    analysedOn: entry.date,
    riskCode: entry.riskCode,
    threatDescription: entry.threatDescription,
    affectedGroups: entry.affectedGroups,
    threat: entry.threat,
    vulnerability: entry.vulnerability,
    capacity: entry.capacity,
    sources: entry.sources,
    score: assessment.score,
    band: assessment.band,
  } satisfies Partial<NewRiskAnalysisRow>;
}

/** Refuses a second analysis of the same place, risk and date. */
async function assertNoDuplicate(
  ctx: Context,
  organizationId: string,
  entry: RiskAnalysisEntry,
  id?: string,
) {
  const existing = await findRiskAnalysisAt(ctx.db, organizationId, entry);
  if (existing && existing.id !== id) {
    throw new AppError('conflict', 'risk.duplicate_analysis', {
      fields: [{ path: 'date', code: 'taken' }],
      existingId: existing.id,
    });
  }
}

/** Records an analysis of one risk in one place on one date. */
export async function createRiskAnalysis(
  ctx: Context,
  input: RiskAnalysisEntry,
): Promise<RiskAnalysis> {
  authorize(ctx.actor, 'risk.create');
  const organizationId = organizationOf(ctx.actor);
  const entry = riskAnalysisEntrySchema.parse(input);
  const place = await placeInScope(ctx, entry.locationPcode, 'locationPcode', entry.date);
  const bands = await bandsOf(ctx, organizationId);
  await assertNoDuplicate(ctx, organizationId, entry);
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertRiskAnalysis(tx, {
      ...entryColumns(entry, bands, place.country),
      organizationId,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'risk.create',
      targetType: 'risk_analysis',
      targetId: row.id,
      details: { riskCode: row.riskCode, country: row.country, band: row.band },
    });
    return toRiskAnalysis(row, place, [], bands);
  });
}

/** One analysis, in full; the read is audited. */
export async function getRiskAnalysis(ctx: Context, id: string): Promise<RiskAnalysis> {
  const row = await loadRiskAnalysis(ctx, 'risk.read', id);
  const [places, projects, bands] = await Promise.all([
    findLocationsByPcodes(ctx.db, row.organizationId, [row.locationPcode]),
    linkedProjectsOf(ctx.db, row.organizationId, [row.id]),
    bandsOf(ctx, row.organizationId),
  ]);
  await recordAudit(ctx, { action: 'risk.read', targetType: 'risk_analysis', targetId: id });
  return toRiskAnalysis(row, places.get(row.locationPcode), projects.get(row.id) ?? [], bands);
}

/** Replaces an analysis with a new version; a stale version is a conflict carrying the current one. */
export async function updateRiskAnalysis(
  ctx: Context,
  id: string,
  input: UpdateRiskAnalysisRequest,
): Promise<RiskAnalysis> {
  const current = await loadRiskAnalysis(ctx, 'risk.update', id);
  const { version, ...rest } = input;
  const entry = riskAnalysisEntrySchema.parse(rest);
  const place = await placeInScope(ctx, entry.locationPcode, 'locationPcode', entry.date);
  const bands = await bandsOf(ctx, current.organizationId);
  await assertNoDuplicate(ctx, current.organizationId, entry, id);
  const updated = await inTransaction(ctx.db, async (tx) => {
    const columns = entryColumns(entry, bands, place.country);
    const row = await updateRiskAnalysisIfVersion(tx, current.organizationId, id, version, columns);
    if (!row) return undefined;
    await recordAudit(withDb(ctx, tx), {
      action: 'risk.update',
      targetType: 'risk_analysis',
      targetId: id,
      details: { version: row.version, fromBand: current.band, toBand: row.band },
    });
    const projects = await linkedProjectsOf(tx, row.organizationId, [id]);
    return toRiskAnalysis(row, place, projects.get(id) ?? [], bands);
  });
  // The current record travels with the conflict, read (and audited) after the rollback.
  if (!updated)
    throw new AppError('conflict', 'record.stale_version', {
      current: await getRiskAnalysis(ctx, id),
    });
  return updated;
}

/** The score range of a band code of the current bands, or `validation_failed` naming `band`. */
function bandRange(bands: SeverityBandSet, code: string) {
  const index = bands.findIndex((b) => b.code === code);
  const band = bands[index];
  if (!band) {
    throw new AppError('validation_failed', 'risk.unknown_band', {
      fields: [{ path: 'band', code: 'unknown_band' }],
    });
  }
  return { min: band.min, max: band.max, includeMax: index === bands.length - 1 };
}

/** One page of analyses in the actor's countries (no free text); the list is audited. */
export async function listRiskAnalysesPage(
  ctx: Context,
  query: ListRiskAnalysesQuery,
): Promise<Page<RiskAnalysisSummary>> {
  authorize(ctx.actor, 'risk.list');
  const organizationId = organizationOf(ctx.actor);
  const bands = await bandsOf(ctx, organizationId);
  const filters = {
    ...query,
    countries: countryScope(ctx.actor),
    score: query.band ? bandRange(bands, query.band) : undefined,
  };
  const { items, total } = await listRiskAnalyses(ctx.db, organizationId, filters, query);
  const places = await findLocationsByPcodes(
    ctx.db,
    organizationId,
    items.map((r) => r.locationPcode),
  );
  await recordAudit(ctx, {
    action: 'risk.list',
    targetType: 'risk_analysis',
    details: { view: 'list', count: items.length, total, ids: items.map((r) => r.id) },
  });
  return {
    items: items.map((r) => toRiskSummary(r, places.get(r.locationPcode), bands)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
