import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { OfficeSummary } from '../../../core/auth/auth.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import type {
  CreateUserRequest,
  ListUsersQuery,
  UpdateUserRequest,
  User,
} from '../../../core/users/user.schema.js';
import { api, toQueryString } from '../../api/client.js';

export const USERS_QUERY_KEY = ['users'] as const;

/** One page of users for the admin table; the previous page stays while the next loads. */
export function usersQuery(query: ListUsersQuery) {
  return queryOptions({
    queryKey: [...USERS_QUERY_KEY, query],
    queryFn: () => api.get<Page<User>>(`/api/v1/users${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** The organisation's offices, for the office pickers. */
export const officesQuery = queryOptions({
  queryKey: ['offices'],
  queryFn: () => api.get<{ items: OfficeSummary[] }>('/api/v1/offices'),
  staleTime: 10 * 60_000,
});

/** Creates an account. */
export function createUser(request: CreateUserRequest): Promise<User> {
  return api.post<User>('/api/v1/users', request);
}

/** Changes an account; refused with `conflict` when `version` is stale. */
export function updateUser(id: string, request: UpdateUserRequest): Promise<User> {
  return api.patch<User>(`/api/v1/users/${encodeURIComponent(id)}`, request);
}

/** Turns off another user's second factor (lost authenticator); their sessions end. */
export function resetSecondFactor(id: string): Promise<void> {
  return api.post<void>(`/api/v1/users/${encodeURIComponent(id)}/second-factor/reset`);
}
