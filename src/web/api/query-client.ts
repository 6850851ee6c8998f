import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { AppError } from '../../core/errors.js';
import { ME_QUERY_KEY } from '../features/auth/auth.api.js';

/** Failures worth retrying: network errors and server faults, never a refusal. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (AppError.isAppError(error) && error.code !== 'internal') return false;
  return failureCount < 2;
}

/** Creates the query client; a 401 anywhere forgets the user, which sends them to sign-in. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => forgetUserIfSignedOut(error) }),
    mutationCache: new MutationCache({ onError: (error) => forgetUserIfSignedOut(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  function forgetUserIfSignedOut(error: unknown): void {
    if (AppError.isAppError(error) && error.code === 'unauthenticated') {
      client.setQueryData(ME_QUERY_KEY, null);
    }
  }
  return client;
}
