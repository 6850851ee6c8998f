/** Reading back what stored consultations link to: their places, projects and decision links. */
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import {
  decisionsOf,
  findActionsByIds,
  type ConsultationRow,
  type DecisionRow,
} from '../../repos/consultations.repo.js';
import { findProjectsByIds, type LinkedProject } from '../../repos/risk-links.repo.js';
import type { Db } from '../../db/database.js';
import type { ResolvedDecisionLinks } from './participation-references.js';

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** Places, projects, decisions and decision links of a set of consultations, in four queries. */
export async function linksOfConsultations(
  db: Db,
  organizationId: string,
  rows: readonly ConsultationRow[],
) {
  const [places, decisions] = await Promise.all([
    findLocationsByPcodes(db, organizationId, unique(rows.map((r) => r.locationPcode))),
    decisionsOf(
      db,
      organizationId,
      rows.map((r) => r.id),
    ),
  ]);
  const projectIds = unique([
    ...rows.map((r) => r.projectId),
    ...decisions.map((d) => d.projectId),
  ]);
  const [projects, actions] = await Promise.all([
    findProjectsByIds(db, organizationId, projectIds),
    findActionsByIds(db, organizationId, unique(decisions.map((d) => d.actionId))),
  ]);
  const links: ResolvedDecisionLinks = {
    projects: new Map(projects.map((p) => [p.id, { id: p.id, code: p.code, title: p.title }])),
    actions: new Map(actions.map((a) => [a.id, a])),
  };
  const byConsultation = new Map<string, DecisionRow[]>();
  for (const d of decisions)
    byConsultation.set(d.consultationId, [...(byConsultation.get(d.consultationId) ?? []), d]);
  const projectOf = (row: ConsultationRow): LinkedProject | null =>
    row.projectId ? (links.projects.get(row.projectId) ?? null) : null;
  return { places, links, projectOf, decisionsOf: (id: string) => byConsultation.get(id) ?? [] };
}
