import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { ME_QUERY_KEY } from '../auth/auth.api.js';
import { useCurrentUser } from '../auth/use-me.js';
import { disableTotp } from './account.api.js';
import { ProfileSummary } from './profile-summary.js';
import { TotpCodeForm } from './totp-code-form.js';
import { TotpSetup } from './totp-setup.js';

/** The signed-in user's profile and two-factor authentication. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const refresh = (message: string) => {
    setDone(message);
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
  };
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Stack gap="lg" maw={760}>
        <ProfileSummary me={me} />
        <Card withBorder padding="lg" component="section" aria-labelledby="totp-title">
          <Title order={2} fz="xl" id="totp-title" mb="sm">
            {t('account.totp.title')}
          </Title>
          <div aria-live="polite">
            {done && (
              <Alert color="green" mb="sm">
                {done}
              </Alert>
            )}
          </div>
          {me.totpEnabled ? (
            <Stack gap="sm">
              <Text>{t('account.totp.on')}</Text>
              <Text size="sm">{t('account.totp.disableIntro')}</Text>
              <TotpCodeForm
                submitLabel={t('account.totp.disable')}
                submitColor="red"
                onSubmitCode={disableTotp}
                onDone={() => refresh(t('account.totp.disabledNow'))}
              />
            </Stack>
          ) : (
            <TotpSetup onEnabled={() => refresh(t('account.totp.enabledNow'))} />
          )}
        </Card>
      </Stack>
    </>
  );
}
