import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../core/projects/action.schema.js';
import type { ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import { CreateActionForm } from './create-action-form.js';

interface CreateActionModalProps {
  projectId: string;
  opened: boolean;
  /** The item the action follows up, when created from the checklist. */
  item?: ChecklistItemView | null;
  onClose: () => void;
  onCreated?: (action: Action) => void;
}

/** "New action" in a modal; the form starts afresh each time it opens. */
export function CreateActionModal({
  projectId,
  opened,
  item,
  onClose,
  onCreated,
}: CreateActionModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('actions.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <CreateActionForm
        projectId={projectId}
        itemId={item?.id}
        onCancel={onClose}
        onCreated={(action) => {
          onCreated?.(action);
          onClose();
        }}
      />
    </Modal>
  );
}
