/** Consultation rows as the API presents them. */
import type {
  Consultation,
  ConsultationSummary,
} from '../../../core/participation/participation-api.schema.js';
import type { ConsultationRow, DecisionRow } from '../../repos/consultations.repo.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import type { LinkedProject } from '../../repos/risk-links.repo.js';
import { presentPlace } from '../risk/present-risk-analysis.js';
import type { ResolvedDecisionLinks } from './participation-references.js';

type Method = Consultation['method'];

/** A decision with the project or action it links to. */
function toDecision(row: DecisionRow, links: ResolvedDecisionLinks) {
  return {
    id: row.id,
    description: row.description,
    link: row.link as Consultation['decisions'][number]['link'],
    ...(row.projectId ? { projectId: row.projectId } : {}),
    ...(row.actionId ? { actionId: row.actionId } : {}),
    ...(row.feedbackCategory
      ? {
          feedbackCategory:
            row.feedbackCategory as Consultation['decisions'][number]['feedbackCategory'],
        }
      : {}),
    project: row.projectId ? (links.projects.get(row.projectId) ?? null) : null,
    action: row.actionId ? (links.actions.get(row.actionId) ?? null) : null,
  };
}

/** A list row: counts and codes. */
export function toConsultationSummary(
  row: ConsultationRow,
  place: LocationRow | undefined,
  project: LinkedProject | null,
  decisions: number,
): ConsultationSummary {
  return {
    id: row.id,
    heldOn: row.heldOn,
    locationPcode: row.locationPcode,
    place: presentPlace(place),
    country: row.country,
    project,
    method: row.method as Method,
    totalParticipants: row.totalParticipants,
    issues: row.issues.length,
    decisions,
  };
}

/** The whole record. */
export function toConsultation(
  row: ConsultationRow,
  place: LocationRow | undefined,
  project: LinkedProject | null,
  decisions: readonly DecisionRow[],
  links: ResolvedDecisionLinks,
): Consultation {
  return {
    ...toConsultationSummary(row, place, project, decisions.length),
    facilitator: row.facilitator,
    languages: row.languages,
    topics: row.topics,
    participants: row.participants as Consultation['participants'],
    groups: row.groups as Consultation['groups'],
    issues: row.issues,
    decisions: decisions.map((d) => toDecision(d, links)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
