import { queryOptions } from '@tanstack/react-query';
import type { LoginRequest, Me } from '../../../core/auth/auth.schema.js';
import { AppError } from '../../../core/errors.js';
import { api } from '../../api/client.js';

export const ME_QUERY_KEY = ['me'] as const;

/** Who is signed in, or null when nobody is (a 401 is an answer here, not a failure). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/v1/me');
  } catch (error) {
    if (AppError.isAppError(error) && error.code === 'unauthenticated') return null;
    throw error;
  }
}

export const meQuery = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

/** Signs in; the server answers with the user and sets the session cookie. */
export function signIn(request: LoginRequest): Promise<Me> {
  return api.post<Me>('/api/v1/auth/login', request);
}

/** Ends the session on the server. */
export function signOut(): Promise<void> {
  return api.post<void>('/api/v1/auth/logout');
}
