import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AppError } from '../../../core/errors.js';
import type { ProjectPhase } from '../../../core/projects/phase.js';
import type { Project } from '../../../core/projects/project.schema.js';
import { checklistKey } from '../checklist/checklist.api.js';
import { PROJECTS_QUERY_KEY, projectQuery, transitionProject } from './projects.api.js';

/** The ids of the items blocking endorsement, when the error is `endorsement_blocked`. */
export function blockingItemsOf(error: unknown): string[] | null {
  if (!AppError.isAppError(error) || error.code !== 'endorsement_blocked') return null;
  const items = (error.details as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? items.filter((id): id is string => typeof id === 'string') : [];
}

/** Moves a project to another phase; the project, lists and checklists reload after. */
export function useProjectTransition(project: Project) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: ProjectPhase) => transitionProject(project.id, to),
    onSuccess: async (updated) => {
      queryClient.setQueryData(projectQuery(project.id).queryKey, updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: PROJECTS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: checklistKey(project.id) }),
      ]);
    },
    onError: async (error) => {
      // Out of date (someone else moved it): show the project as it is now.
      if (AppError.isAppError(error) && error.code === 'conflict') {
        await queryClient.invalidateQueries({ queryKey: projectQuery(project.id).queryKey });
      }
    },
  });
}
