import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../core/auth/auth.schema.js';
import { meQuery } from './auth.api.js';

/** The query of the signed-in user (data null when signed out). */
export function useMe() {
  return useQuery(meQuery);
}

/** The signed-in user; only for components rendered inside RequireAuth. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside an authenticated page');
  return data;
}

/** Whether the signed-in user administers accounts. */
export function useIsAdmin(): boolean {
  return useMe().data?.role === 'admin';
}
