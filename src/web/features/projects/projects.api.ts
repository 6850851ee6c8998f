import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ProjectPhase } from '../../../core/projects/phase.js';
import type {
  CreateProjectRequest,
  ListProjectsQuery,
  Project,
  UpdateProjectRequest,
} from '../../../core/projects/project.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';

export const PROJECTS_QUERY_KEY = ['projects'] as const;

const projectPath = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;

/** One page of projects; the previous page stays on screen while the next loads. */
export function projectsQuery(query: ListProjectsQuery) {
  return queryOptions({
    queryKey: [...PROJECTS_QUERY_KEY, 'list', query],
    queryFn: () => api.get<Page<Project>>(`/api/v1/projects${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** One project. */
export function projectQuery(id: string) {
  return queryOptions({
    queryKey: [...PROJECTS_QUERY_KEY, 'one', id],
    queryFn: () => api.get<Project>(projectPath(id)),
  });
}

export interface TransitionEntry {
  from: ProjectPhase;
  to: ProjectPhase;
  by: string | null;
  at: string;
}

/** The moves of a project through its life-cycle. */
export function transitionsQuery(id: string) {
  return queryOptions({
    queryKey: [...PROJECTS_QUERY_KEY, 'transitions', id],
    queryFn: () => api.get<{ items: TransitionEntry[] }>(`${projectPath(id)}/transitions`),
  });
}

/** Registers a project (in design). */
export function createProject(request: CreateProjectRequest): Promise<Project> {
  return api.post<Project>('/api/v1/projects', request);
}

/** Edits a project; a stale `version` is refused with `conflict` and `details.current`. */
export function updateProject(id: string, request: UpdateProjectRequest): Promise<Project> {
  return api.patch<Project>(projectPath(id), request);
}

/** Moves a project to another phase; `endorsement_blocked` lists the items in the way. */
export function transitionProject(id: string, to: ProjectPhase): Promise<Project> {
  return api.post<Project>(`${projectPath(id)}/transitions`, { to });
}
