import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '../../core/auth/auth.schema.js';
import { ErrorAlert } from '../components/error-alert.js';
import { PageLoader } from '../components/page-loader.js';
import { CurrentUserContext, useMe } from '../features/auth/use-me.js';
import { switchLanguage } from '../i18n/i18n.js';
import { readPickedLanguage } from '../i18n/languages.js';
import { useLanguage } from '../i18n/use-language.js';
import { signInPathFor } from './safe-next.js';

const ACCOUNT_PATH = '/account';

/** Follows the user's own language unless they picked one in the switcher. */
function useAccountLanguage(me: Me | null | undefined): void {
  const current = useLanguage();
  const locale = me?.locale;
  useEffect(() => {
    if (locale && locale !== current && !readPickedLanguage()) void switchLanguage(locale);
  }, [locale, current]);
}

/**
 * Renders its children for a signed-in user; sends anyone else to sign-in, then back here, and a
 * user whose organisation requires a second factor they have not set up to the account page.
 */
export function RequireAuth({ children }: { children: React.ReactNode }) {
  const location = useLocation();
  const me = useMe();
  useAccountLanguage(me.data);
  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    return (
      <main style={{ padding: 16 }}>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  }
  if (me.data.secondFactorSetupRequired && location.pathname !== ACCOUNT_PATH) {
    return <Navigate to={ACCOUNT_PATH} replace />;
  }
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}
