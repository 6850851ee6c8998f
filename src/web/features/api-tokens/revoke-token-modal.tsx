import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../core/auth/api-token.schema.js';
import { errorMessage } from '../../lib/error-message.js';
import { API_TOKENS_QUERY_KEY, revokeApiToken } from './api-tokens.api.js';

interface RevokeTokenModalProps {
  token: ApiToken | null;
  onClose: () => void;
  onRevoked: (token: ApiToken) => void;
}

/** Asks for confirmation before revoking a token, which cannot be undone. */
export function RevokeTokenModal({ token, onClose, onRevoked }: RevokeTokenModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (target: ApiToken) => revokeApiToken(target.id),
    onSuccess: async (_result, target) => {
      await queryClient.invalidateQueries({ queryKey: API_TOKENS_QUERY_KEY });
      onRevoked(target);
      close();
    },
  });
  function close() {
    mutation.reset();
    onClose();
  }
  return (
    <Modal opened={token !== null} onClose={close} title={t('tokens.revokeTitle')}>
      {token && (
        <Stack gap="sm">
          <Text>{t('tokens.revokeConfirm', { name: token.name })}</Text>
          {mutation.isError && (
            <Alert color="red" role="alert">
              {errorMessage(mutation.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate(token)}>
              {t('tokens.revoke')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
