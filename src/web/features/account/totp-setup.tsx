import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/error-message.js';
import { enableTotp, startTotpSetup } from './account.api.js';
import { TotpCodeForm } from './totp-code-form.js';

function CopyableSecret({ id, label, value }: { id: string; label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id={id}>
        {label}
      </Text>
      <Code block dir="ltr" aria-labelledby={id} className="secret-text">
        {value}
      </Code>
      <Group>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant="light"
              onClick={copy}
              aria-label={`${t('common.copy')}: ${label}`}
            >
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** Setting up two-factor sign-in: secret and otpauth link as text, then a code to confirm. */
export function TotpSetup({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useTranslation();
  const setup = useMutation({ mutationFn: startTotpSetup });
  if (!setup.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>{t('account.totp.off')}</Text>
        {setup.isError && (
          <Alert color="red" role="alert">
            {errorMessage(setup.error, t)}
          </Alert>
        )}
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('account.totp.setup')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text>{t('account.totp.step1')}</Text>
      <CopyableSecret id="totp-secret" label={t('account.totp.secret')} value={setup.data.secret} />
      <CopyableSecret id="totp-url" label={t('account.totp.url')} value={setup.data.otpauthUrl} />
      <Text>{t('account.totp.step2')}</Text>
      <TotpCodeForm
        submitLabel={t('account.totp.enable')}
        onSubmitCode={enableTotp}
        onDone={onEnabled}
      />
    </Stack>
  );
}
