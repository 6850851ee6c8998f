import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../core/users/user.schema.js';
import { CreateUserForm } from './create-user-form.js';

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}

/** "New user" in a modal; the form starts empty each time it opens. */
export function CreateUserModal({ opened, onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.createTitle')} size="lg">
      <CreateUserForm
        onCancel={onClose}
        onCreated={(user) => {
          onCreated(user);
          onClose();
        }}
      />
    </Modal>
  );
}
