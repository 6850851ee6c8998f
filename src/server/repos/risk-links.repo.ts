/** Projects linked to risk analyses, and the protection interventions recorded against them. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { projects } from '../db/schema-projects.js';
import { protectionInterventions, riskAnalysisProjects } from '../db/schema-strategic.js';

export type InterventionRow = typeof protectionInterventions.$inferSelect;
export type LinkedProject = { id: string; code: string; title: string };

/** The projects linked to each of some analyses, by analysis id (ordered by code). */
export async function linkedProjectsOf(
  db: Db,
  organizationId: string,
  analysisIds: readonly string[],
): Promise<Map<string, LinkedProject[]>> {
  const byAnalysis = new Map<string, LinkedProject[]>();
  if (analysisIds.length === 0) return byAnalysis;
  const rows = await db
    .select({
      analysisId: riskAnalysisProjects.riskAnalysisId,
      id: projects.id,
      code: projects.code,
      title: projects.title,
    })
    .from(riskAnalysisProjects)
    .innerJoin(projects, eq(projects.id, riskAnalysisProjects.projectId))
    .where(
      and(
        eq(riskAnalysisProjects.organizationId, organizationId),
        inArray(riskAnalysisProjects.riskAnalysisId, [...analysisIds]),
      ),
    )
    .orderBy(asc(projects.code));
  for (const { analysisId, ...project } of rows)
    byAnalysis.set(analysisId, [...(byAnalysis.get(analysisId) ?? []), project]);
  return byAnalysis;
}

/** Makes these the projects linked to an analysis (and no others). */
export async function replaceLinkedProjects(
  db: Db,
  organizationId: string,
  analysisId: string,
  projectIds: readonly string[],
) {
  await db
    .delete(riskAnalysisProjects)
    .where(
      and(
        eq(riskAnalysisProjects.organizationId, organizationId),
        eq(riskAnalysisProjects.riskAnalysisId, analysisId),
      ),
    );
  const unique = [...new Set(projectIds)];
  if (unique.length === 0) return;
  await db
    .insert(riskAnalysisProjects)
    .values(unique.map((projectId) => ({ organizationId, riskAnalysisId: analysisId, projectId })));
}

/** Inserts an intervention. */
export async function insertIntervention(
  db: Db,
  values: typeof protectionInterventions.$inferInsert,
) {
  const [row] = await db.insert(protectionInterventions).values(values).returning();
  return row!;
}

/** The interventions of some analyses, oldest first. */
export async function listInterventions(
  db: Db,
  organizationId: string,
  analysisIds: readonly string[],
): Promise<InterventionRow[]> {
  if (analysisIds.length === 0) return [];
  return db
    .select()
    .from(protectionInterventions)
    .where(
      and(
        eq(protectionInterventions.organizationId, organizationId),
        inArray(protectionInterventions.riskAnalysisId, [...analysisIds]),
      ),
    )
    .orderBy(asc(protectionInterventions.createdAt), asc(protectionInterventions.id));
}

/** The organisation's projects with these ids (those that exist). */
export function findProjectsByIds(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: projects.id,
      code: projects.code,
      title: projects.title,
      country: projects.country,
    })
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), inArray(projects.id, [...ids])));
}
