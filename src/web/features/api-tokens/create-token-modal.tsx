import { Modal } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_TOKENS_QUERY_KEY, type CreatedApiToken } from './api-tokens.api.js';
import { CreateTokenForm } from './create-token-form.js';
import { TokenCreated } from './token-created.js';

/** Creating a token: the form, then the secret shown once. */
export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  const onCreated = (token: CreatedApiToken) => {
    setCreated(token);
    void queryClient.invalidateQueries({ queryKey: API_TOKENS_QUERY_KEY });
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('tokens.createdTitle') : t('tokens.createTitle')}
      size="lg"
      // The secret cannot be shown again: do not lose it to a stray click outside.
      closeOnClickOutside={!created}
    >
      {created ? (
        <TokenCreated token={created} onDone={close} />
      ) : (
        <CreateTokenForm onCreated={onCreated} onCancel={close} />
      )}
    </Modal>
  );
}
