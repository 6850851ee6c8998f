import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from './auth.api.js';

/** Signs out, then opens the sign-in page, which forgets the cached user once it is shown. */
export function useSignOut() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    // Even when the request fails (offline) the user leaves. Clearing the cache here instead would
    // let the route guard send the next person back to this page after their sign-in.
    onSettled: () => navigate('/sign-in', { replace: true, state: { signedOut: true } }),
  });
}
