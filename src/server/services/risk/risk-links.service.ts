/** Projects that target a risk, and the specialised protection interventions recorded against it. */
import type {
  CreateInterventionRequest,
  Intervention,
} from '../../../core/risk/intervention.schema.js';
import { createInterventionRequestSchema } from '../../../core/risk/intervention.schema.js';
import type {
  LinkProjectsRequest,
  RiskAnalysis,
} from '../../../core/risk/risk-analysis-api.schema.js';
import { inTransaction } from '../../db/database.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import {
  findProjectsByIds,
  insertIntervention,
  linkedProjectsOf,
  listInterventions,
  replaceLinkedProjects,
  type InterventionRow,
  type LinkedProject,
} from '../../repos/risk-links.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { toIntervention, toRiskAnalysis } from './present-risk-analysis.js';
import { bandsOf } from './risk-analyses.service.js';
import { loadRiskAnalysis, projectsInScope } from './risk-scope.js';

/** The projects of some interventions, by id. */
export async function interventionProjects(
  ctx: Context,
  organizationId: string,
  rows: readonly InterventionRow[],
): Promise<Map<string, LinkedProject>> {
  const ids = [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))];
  const found = await findProjectsByIds(ctx.db, organizationId, ids);
  return new Map(found.map(({ id, code, title }) => [id, { id, code, title }]));
}

/** Makes these the projects that target the analysed risk (each in scope and in its country). */
export async function linkProjects(
  ctx: Context,
  id: string,
  request: LinkProjectsRequest,
): Promise<RiskAnalysis> {
  const row = await loadRiskAnalysis(ctx, 'risk.update', id);
  const ids = [...new Set(request.projectIds)];
  await projectsInScope(ctx, row.country, request.projectIds, (i) => `projectIds.${i}`);
  const [bands, places] = await Promise.all([
    bandsOf(ctx, row.organizationId),
    findLocationsByPcodes(ctx.db, row.organizationId, [row.locationPcode]),
  ]);
  return inTransaction(ctx.db, async (tx) => {
    await replaceLinkedProjects(tx, row.organizationId, id, ids);
    await recordAudit(withDb(ctx, tx), {
      action: 'risk.link_projects',
      targetType: 'risk_analysis',
      targetId: id,
      details: { projectIds: ids },
    });
    const projects = (await linkedProjectsOf(tx, row.organizationId, [id])).get(id) ?? [];
    return toRiskAnalysis(row, places.get(row.locationPcode), projects, bands);
  });
}

/** Records an intervention against the analysed risk; its project, if any, must be in scope. */
export async function addIntervention(
  ctx: Context,
  id: string,
  request: CreateInterventionRequest,
): Promise<Intervention> {
  const row = await loadRiskAnalysis(ctx, 'risk.update', id);
  const input = createInterventionRequestSchema.parse(request);
  const [project] = input.projectId
    ? await projectsInScope(ctx, row.country, [input.projectId], () => 'projectId')
    : [];
  return inTransaction(ctx.db, async (tx) => {
    const created = await insertIntervention(tx, {
      organizationId: row.organizationId,
      riskAnalysisId: id,
      projectId: input.projectId ?? null,
      kind: input.kind,
      thematicArea: input.thematicArea,
      title: input.title,
      description: input.description ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      createdBy: ctx.actor?.kind === 'user' ? ctx.actor.id : null,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'risk.add_intervention',
      targetType: 'risk_analysis',
      targetId: id,
      details: {
        interventionId: created.id,
        kind: created.kind,
        thematicArea: created.thematicArea,
      },
    });
    return toIntervention(created, new Map(project ? [[project.id, project]] : []));
  });
}

/** The interventions recorded against an analysis; the read is audited. */
export async function listAnalysisInterventions(
  ctx: Context,
  id: string,
): Promise<{ items: Intervention[] }> {
  const row = await loadRiskAnalysis(ctx, 'risk.read', id);
  const rows = await listInterventions(ctx.db, row.organizationId, [id]);
  const projects = await interventionProjects(ctx, row.organizationId, rows);
  await recordAudit(ctx, {
    action: 'risk.read',
    targetType: 'risk_analysis',
    targetId: id,
    details: { part: 'interventions', count: rows.length },
  });
  return { items: rows.map((r) => toIntervention(r, projects)) };
}
