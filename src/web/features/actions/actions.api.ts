import { queryOptions } from '@tanstack/react-query';
import type {
  Action,
  CreateActionRequest,
  UpdateActionRequest,
} from '../../../core/projects/action.schema.js';
import type { Role } from '../../../core/auth/roles.js';
import { api } from '../../api/client.js';

/** Everything cached about actions (of projects and the user's own). */
export const ACTIONS_QUERY_KEY = ['actions'] as const;

/** The actions of one project. */
export function projectActionsQuery(projectId: string) {
  return queryOptions({
    queryKey: [...ACTIONS_QUERY_KEY, 'project', projectId],
    queryFn: () =>
      api.get<{ items: Action[] }>(`/api/v1/projects/${encodeURIComponent(projectId)}/actions`),
  });
}

/** The actions the signed-in user owns. */
export const myActionsQuery = queryOptions({
  queryKey: [...ACTIONS_QUERY_KEY, 'mine'],
  queryFn: () => api.get<{ items: Action[] }>('/api/v1/actions/mine'),
});

/** Adds an action to a project. */
export function createAction(projectId: string, request: CreateActionRequest): Promise<Action> {
  return api.post<Action>(`/api/v1/projects/${encodeURIComponent(projectId)}/actions`, request);
}

/** Changes an action; refused with `conflict` when `version` is stale. */
export function updateAction(id: string, request: UpdateActionRequest): Promise<Action> {
  return api.patch<Action>(`/api/v1/actions/${encodeURIComponent(id)}`, request);
}

export interface DirectoryEntry {
  id: string;
  name: string;
  role: Role;
}

/** Staff of the organisation, for owner pickers. */
export const directoryQuery = queryOptions({
  queryKey: ['users', 'directory'],
  queryFn: () => api.get<{ items: DirectoryEntry[] }>('/api/v1/users/directory'),
  staleTime: 10 * 60_000,
});
