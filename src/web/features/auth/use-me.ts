import { useQuery } from '@tanstack/react-query';
import { createContext, use } from 'react';
import type { Me } from '../../../core/auth/auth.schema.js';
import { meQuery } from './auth.api.js';

/** The signed-in user, provided by RequireAuth to the pages it guards. */
export const CurrentUserContext = createContext<Me | null>(null);

/** The query of the signed-in user (data null when signed out). */
export function useMe() {
  return useQuery(meQuery);
}

/**
 * The signed-in user, for components under RequireAuth. Read from context rather than the query,
 * so pages being left after sign-out never see a missing user while they unmount.
 */
export function useCurrentUser(): Me {
  const me = use(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser used outside RequireAuth');
  return me;
}

/** Whether the signed-in user administers accounts. */
export function useIsAdmin(): boolean {
  return use(CurrentUserContext)?.role === 'admin';
}
