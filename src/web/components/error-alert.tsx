import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../api/client.js';
import { errorMessage } from '../lib/error-message.js';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shows why something failed; a 403 gets its own "access denied" explanation. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (hasErrorCode(error, 'forbidden')) {
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('errors.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
