import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { EditProjectForm } from './edit-project-form.js';

interface EditProjectModalProps {
  project: Project;
  opened: boolean;
  onClose: () => void;
  onSaved: (project: Project) => void;
}

/** "Edit project" in a modal (full screen on phones); the form starts from the latest project. */
export function EditProjectModal({ project, opened, onClose, onSaved }: EditProjectModalProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 35.99em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('projects.editTitle', { code: project.code })}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <EditProjectForm
        project={project}
        onCancel={onClose}
        onSaved={(saved) => {
          onSaved(saved);
          onClose();
        }}
      />
    </Modal>
  );
}
