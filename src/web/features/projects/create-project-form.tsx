import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { FormActions } from '../../components/form-actions.js';
import { FormAlert } from '../../components/form-alert.js';
import { fieldMessage } from '../../lib/bound-field.js';
import { ProjectDetailsFields } from './project-detail-fields.js';
import { CountryField } from './project-fields.js';
import { useCreateProjectForm } from './use-create-project-form.js';

interface CreateProjectFormProps {
  onCreated: (project: Project) => void;
  onCancel: () => void;
}

/** Registers a project; the shared schema validates here and on the server. */
export function CreateProjectForm({ onCreated, onCancel }: CreateProjectFormProps) {
  const { t } = useTranslation();
  const { form, submit, message, isPending } = useCreateProjectForm(onCreated);
  const { errors } = form.formState;
  const control = form.control;
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm">
        <FormAlert message={message} />
        <TextInput
          label={t('projects.fields.code')}
          description={t('projects.fields.codeHint')}
          required
          dir="ltr"
          autoComplete="off"
          error={fieldMessage(errors.code, t('projects.fields.codeInvalid'))}
          {...form.register('code')}
        />
        <ProjectDetailsFields
          control={control}
          country={form.watch('country')}
          countryField={<CountryField control={control} name="country" />}
        />
        <FormActions submitLabel={t('common.create')} isPending={isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
