import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { FormActions } from '../../components/form-actions.js';
import { FormAlert } from '../../components/form-alert.js';
import { useLanguage } from '../../i18n/use-language.js';
import { countryLabel } from '../../lib/country-names.js';
import { ProjectConflictAlert } from './project-conflict-alert.js';
import { ProjectDetailsFields } from './project-detail-fields.js';
import { useEditProjectForm } from './use-edit-project-form.js';

interface EditProjectFormProps {
  /** The project as the page shows it when the form opens. */
  project: Project;
  onSaved: (project: Project) => void;
  onCancel: () => void;
}

/** The description of a project (its code and country stay), saved with its version. */
export function EditProjectForm({ project, onSaved, onCancel }: EditProjectFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { form, base, conflict, save, loadCurrent, saveMine, message, isPending } =
    useEditProjectForm(project, onSaved);
  return (
    <form onSubmit={save} noValidate>
      <Stack gap="sm">
        <FormAlert message={message} />
        {conflict && (
          <ProjectConflictAlert
            base={base}
            current={conflict}
            onLoadCurrent={() => loadCurrent(conflict)}
            onSaveMine={() => saveMine(conflict)}
          />
        )}
        <ProjectDetailsFields
          control={form.control}
          country={project.country}
          countryField={
            <TextInput
              label={t('projects.fields.country')}
              value={countryLabel(project.country, lang)}
              readOnly
              variant="filled"
            />
          }
        />
        <FormActions submitLabel={t('common.save')} isPending={isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
