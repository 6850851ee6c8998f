import { Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../core/auth/auth.schema.js';
import { LanguageSwitcher } from '../../components/language-switcher.js';
import { PageLoader } from '../../components/page-loader.js';
import { switchLanguage } from '../../i18n/i18n.js';
import { readPickedLanguage } from '../../i18n/languages.js';
import { safeNextPath } from '../../routes/safe-next.js';
import { ME_QUERY_KEY } from './auth.api.js';
import { SignInForm } from './sign-in-form.js';
import { useMe } from './use-me.js';

/** The sign-in page, reachable (with its language switcher) before any session exists. */
export function SignInPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useMe();

  const onSignedIn = async (user: Me) => {
    if (!readPickedLanguage()) await switchLanguage(user.locale);
    queryClient.setQueryData(ME_QUERY_KEY, user);
    await navigate(next, { replace: true });
  };

  if (me.isPending) return <PageLoader />;
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Box mih="100dvh" bg="gray.0">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} fz="lg">
            {t('app.name')}
          </Text>
          <LanguageSwitcher />
        </Group>
      </Box>
      <Container component="main" size={420} py={{ base: 'md', sm: 48 }}>
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
      </Container>
    </Box>
  );
}
