import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../core/users/user.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { resetSecondFactor, USERS_QUERY_KEY } from './users.api.js';

/**
 * Turning off a user's second factor after they lost their authenticator: asked, then confirmed.
 * The server refuses an admin's own (decision 017).
 */
export function SecondFactorReset({ user, isSelf }: { user: User; isSelf: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const reset = useMutation({
    mutationFn: () => resetSecondFactor(user.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
  if (!user.totpEnabled && !reset.isSuccess) return null;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="second-factor-reset">
      <Stack gap="xs">
        <Text fw={600} id="second-factor-reset">
          {t('users.secondFactor.title')}
        </Text>
        <div aria-live="polite">
          {reset.isSuccess ? (
            <Text size="sm" role="status">
              {t('users.secondFactor.done')}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t(isSelf ? 'users.secondFactor.own' : 'users.secondFactor.hint')}
            </Text>
          )}
        </div>
        {reset.isError && <ErrorAlert error={reset.error} />}
        {!isSelf && !reset.isSuccess && (
          <Group gap="sm">
            {confirming ? (
              <>
                <Button color="red" loading={reset.isPending} onClick={() => reset.mutate()}>
                  {t('users.secondFactor.confirm')}
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </Button>
              </>
            ) : (
              <Button variant="outline" color="red" onClick={() => setConfirming(true)}>
                {t('users.secondFactor.reset')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
