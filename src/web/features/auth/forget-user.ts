import type { QueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from './auth.api.js';

/** Drops everything the browser cached for the signed-in user (after sign-out). */
export function forgetUser(queryClient: QueryClient): void {
  queryClient.setQueryData(ME_QUERY_KEY, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
}
