import { asc, eq } from 'drizzle-orm';
import type { ProjectPhase } from '../../core/projects/phase.js';
import { projectTransitions } from '../db/schema-projects.js';
import { userNames } from '../repos/users.repo.js';
import type { Context } from './context.js';
import { loadProject } from './projects.service.js';

/** A project's phase changes with who made them. */
export async function listTransitions(ctx: Context, projectId: string) {
  const project = await loadProject(ctx, 'projects.read', projectId);
  const rows = await ctx.db
    .select()
    .from(projectTransitions)
    .where(eq(projectTransitions.projectId, project.id))
    .orderBy(asc(projectTransitions.at), asc(projectTransitions.id));
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.by),
  );
  return {
    items: rows.map((r) => ({
      from: r.fromPhase as ProjectPhase,
      to: r.toPhase as ProjectPhase,
      by: r.by ? (names.get(r.by) ?? null) : null,
      at: r.at.toISOString(),
    })),
  };
}
