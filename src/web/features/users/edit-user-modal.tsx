import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../core/users/user.schema.js';
import { EditUserForm, type FormNotice } from './edit-user-form.js';

interface EditUserModalProps {
  /** The user as in the latest list; null when the modal is closed. */
  user: User | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}

/** Edits a user; after a version conflict the form reopens on the latest values. */
export function EditUserModal({ user, onClose, onSaved }: EditUserModalProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<FormNotice | null>(null);
  const close = () => {
    setNotice(null);
    onClose();
  };
  return (
    <Modal opened={user !== null} onClose={close} title={t('users.editTitle', { name: user?.name ?? '' })} size="lg">
      {user && (
        <Stack gap="sm">
          <div aria-live="assertive">
            {notice && (
              <Alert color={notice.kind === 'conflict' ? 'orange' : 'red'} role="alert">
                {notice.text}
              </Alert>
            )}
          </div>
          <Text size="sm" c="dimmed">
            {user.email}
          </Text>
          {/* A new version (reloaded after a conflict) remounts the form on the server's values. */}
          <EditUserForm
            key={`${user.id}:${user.version}`}
            user={user}
            onNotice={setNotice}
            onCancel={close}
            onSaved={(saved) => {
              onSaved(saved);
              close();
            }}
          />
        </Stack>
      )}
    </Modal>
  );
}
