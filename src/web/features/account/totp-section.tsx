import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../core/auth/auth.schema.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { ME_QUERY_KEY } from '../auth/auth.api.js';
import { disableTotp } from './account.api.js';
import { TotpCodeForm } from './totp-code-form.js';
import { TotpSetup } from './totp-setup.js';

/** Two-factor authentication: set it up when off, turn it off (with a code) when on. */
export function TotpSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const refresh = (message: string) => {
    setDone(message);
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="totp-title">
      <Title order={2} fz="xl" id="totp-title" mb="sm">
        {t('account.totp.title')}
      </Title>
      <SuccessAlert message={done} onClose={() => setDone(null)} />
      {me.secondFactorSetupRequired && (
        <Alert color="orange" title={t('account.totp.requiredTitle')} mb="sm">
          {t('account.totp.required')}
        </Alert>
      )}
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
  );
}
