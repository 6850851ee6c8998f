import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from './api-tokens.api.js';

/** The new token's secret, shown once, with a copy button and a warning. */
export function TokenCreated({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="orange" title={t('tokens.createdWarningTitle')}>
        {t('tokens.createdWarning')}
      </Alert>
      <Text size="sm" fw={600} id="new-token-label">
        {t('tokens.tokenLabel', { name: token.name })}
      </Text>
      <Code block dir="ltr" aria-labelledby="new-token-label" className="secret-text">
        {token.token}
      </Code>
      <Group justify="space-between">
        <CopyButton value={token.token}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'filled'}
              color={copied ? 'green' : undefined}
              onClick={copy}
            >
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          {t('tokens.done')}
        </Button>
      </Group>
    </Stack>
  );
}
