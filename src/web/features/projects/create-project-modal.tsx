import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { CreateProjectForm } from './create-project-form.js';

interface CreateProjectModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (project: Project) => void;
}

/** "New project" in a modal (full screen on phones); the form starts empty each time. */
export function CreateProjectModal({ opened, onClose, onCreated }: CreateProjectModalProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 35.99em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('projects.createTitle')}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <CreateProjectForm onCancel={onClose} onCreated={onCreated} />
    </Modal>
  );
}
