import { Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../core/auth/auth.schema.js';
import { PageLoader } from '../../components/page-loader.js';
import { PublicLayout } from '../../components/public-layout.js';
import { switchLanguage } from '../../i18n/i18n.js';
import { readPickedLanguage } from '../../i18n/languages.js';
import { safeNextPath } from '../../routes/safe-next.js';
import { ME_QUERY_KEY } from './auth.api.js';
import { forgetUser } from './forget-user.js';
import { SignInForm } from './sign-in-form.js';
import { useMe } from './use-me.js';

/** After a sign-out, forgets the cached user once this page shows; true meanwhile. */
function useSignOutCleanup(): boolean {
  const queryClient = useQueryClient();
  const state = useLocation().state as { signedOut?: boolean } | null;
  const isSigningOut = state?.signedOut === true;
  useEffect(() => {
    if (isSigningOut) forgetUser(queryClient);
  }, [isSigningOut, queryClient]);
  return isSigningOut;
}

/** The sign-in page, reachable (with its language switcher) before any session exists. */
export function SignInPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useMe();
  const isSigningOut = useSignOutCleanup();
  const onSignedIn = async (user: Me) => {
    // The account's language, unless this browser's user picked one.
    if (!readPickedLanguage()) await switchLanguage(user.locale);
    queryClient.setQueryData(ME_QUERY_KEY, user);
    await navigate(next, { replace: true });
  };
  if (me.isPending) return <PageLoader />;
  if (me.data && !isSigningOut) return <Navigate to={next} replace />;
  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
        <Title order={1} fz={26} mb={4}>
          {t('signIn.title')}
        </Title>
        <Text c="dimmed" size="sm" mb="lg">
          {t('signIn.intro')}
        </Text>
        <SignInForm onSignedIn={onSignedIn} />
      </Paper>
      <Text size="xs" c="dimmed" ta="center" mt="md">
        {t('signIn.help')}
      </Text>
    </PublicLayout>
  );
}
