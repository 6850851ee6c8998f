import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../core/users/user.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { useCurrentUser } from '../auth/use-me.js';
import { EditUserForm } from './edit-user-form.js';
import { SecondFactorReset } from './second-factor-reset.js';

interface EditUserModalProps {
  /** The user as in the latest list; null when the modal is closed. */
  user: User | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}

/** Edits a user; after a version conflict the form reopens on the latest values. */
export function EditUserModal({ user, onClose, onSaved }: EditUserModalProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // Kept here, outside the form, so the message survives the form's remount on the new version.
  const [hasConflict, setHasConflict] = useState(false);
  const close = () => {
    setHasConflict(false);
    onClose();
  };
  const title = t('users.editTitle', { name: user?.name ?? '' });
  return (
    <Modal opened={user !== null} onClose={close} title={title} size="lg">
      {user && (
        <Stack gap="sm">
          <FormAlert message={hasConflict ? t('users.conflict') : null} color="orange" />
          <Text size="sm" c="dimmed">
            {user.email}
          </Text>
          <EditUserForm
            key={`${user.id}:${user.version}`}
            user={user}
            onConflict={() => setHasConflict(true)}
            onCancel={close}
            onSaved={(saved) => {
              onSaved(saved);
              close();
            }}
          />
          <SecondFactorReset user={user} isSelf={user.id === me.id} />
        </Stack>
      )}
    </Modal>
  );
}
