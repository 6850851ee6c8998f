/** Risk analysis rows as the API presents them, the risk placed in the organisation's current bands. */
import { computeRisk } from '../../../core/risk/compute-risk.js';
import type { Intervention } from '../../../core/risk/intervention.schema.js';
import type { ProtectionRisk } from '../../../core/risk/protection-risks.js';
import type {
  RiskAnalysis,
  RiskAnalysisSummary,
} from '../../../core/risk/risk-analysis-api.schema.js';
import type { RiskRatings } from '../../../core/risk/risk-scale.js';
import type { SeverityBandSet } from '../../../core/risk/severity-bands.schema.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import type { RiskAnalysisRow } from '../../repos/risk-analyses.repo.js';
import type { InterventionRow, LinkedProject } from '../../repos/risk-links.repo.js';

/** The three ratings of a stored analysis. */
export function ratingsOfRow(row: RiskAnalysisRow): RiskRatings {
  return {
    threat: row.threat.rating,
    vulnerability: row.vulnerability.rating,
    capacity: row.capacity.rating,
  };
}

/** A place as the API shows it (null when the gazetteer no longer has it). */
export function presentPlace(place: LocationRow | undefined) {
  return place
    ? { pcode: place.pcode, level: place.level, country: place.country, names: place.names }
    : null;
}

/** A list row: codes, ratings and the banded score, no free text. */
export function toRiskSummary(
  row: RiskAnalysisRow,
  place: LocationRow | undefined,
  bands: SeverityBandSet,
): RiskAnalysisSummary {
  const ratings = ratingsOfRow(row);
  return {
    id: row.id,
    locationPcode: row.locationPcode,
    place: presentPlace(place),
    country: row.country,
    date: row.analysedOn,
    riskCode: row.riskCode as ProtectionRisk,
    ratings,
    risk: computeRisk(ratings, bands),
  };
}

/** The whole record. */
export function toRiskAnalysis(
  row: RiskAnalysisRow,
  place: LocationRow | undefined,
  projects: LinkedProject[],
  bands: SeverityBandSet,
): RiskAnalysis {
  const summary = toRiskSummary(row, place, bands);
  return {
    id: row.id,
    locationPcode: row.locationPcode,
    place: summary.place,
    country: row.country,
    date: row.analysedOn,
    riskCode: summary.riskCode,
    threatDescription: row.threatDescription,
    affectedGroups: row.affectedGroups as RiskAnalysis['affectedGroups'],
    threat: row.threat,
    vulnerability: row.vulnerability,
    capacity: row.capacity,
    sources: row.sources,
    risk: summary.risk,
    bandWhenSaved: row.band,
    projects,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** An intervention, with its project's code and title when it has one. */
export function toIntervention(
  row: InterventionRow,
  projects: ReadonlyMap<string, LinkedProject>,
): Intervention {
  return {
    id: row.id,
    riskAnalysisId: row.riskAnalysisId,
    kind: row.kind as Intervention['kind'],
    thematicArea: row.thematicArea as Intervention['thematicArea'],
    title: row.title,
    description: row.description,
    project: row.projectId ? (projects.get(row.projectId) ?? null) : null,
    startDate: row.startDate,
    endDate: row.endDate,
    createdAt: row.createdAt.toISOString(),
  };
}
