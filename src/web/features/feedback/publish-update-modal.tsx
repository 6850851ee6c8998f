import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../core/errors.js';
import { errorMessage } from '../../lib/error-message.js';
import {
  COMMUNITY_UPDATES_QUERY_KEY,
  patchUpdate,
  type CommunityUpdate,
} from './community-updates.api.js';

interface PublishUpdateModalProps {
  update: CommunityUpdate | null;
  onClose: () => void;
  onPublished: (update: CommunityUpdate) => void;
}

/** Asks before publishing: a published update is public and can no longer be edited. */
export function PublishUpdateModal({ update, onClose, onPublished }: PublishUpdateModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (target: CommunityUpdate) =>
      patchUpdate(target.id, { status: 'published', version: target.version }),
    onSuccess: async (published) => {
      await queryClient.invalidateQueries({ queryKey: COMMUNITY_UPDATES_QUERY_KEY });
      onPublished(published);
      close();
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: COMMUNITY_UPDATES_QUERY_KEY });
    },
  });
  function close() {
    mutation.reset();
    onClose();
  }
  const isConflict = AppError.isAppError(mutation.error) && mutation.error.code === 'conflict';
  return (
    <Modal
      opened={update !== null}
      onClose={close}
      title={t('feedback.updates.publishTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {update && (
        <Stack gap="sm">
          <Text fw={700}>{t('feedback.updates.publishWarning')}</Text>
          <Text>{t('feedback.updates.publishConfirm', { title: update.title })}</Text>
          {mutation.isError && (
            <Alert color={isConflict ? 'orange' : 'red'} role="alert">
              {isConflict ? t('feedback.updates.conflict') : errorMessage(mutation.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              loading={mutation.isPending}
              disabled={isConflict}
              onClick={() => mutation.mutate(update)}
            >
              {t('feedback.updates.publish')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
