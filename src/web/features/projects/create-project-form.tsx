import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { FormActions } from '../../components/form-actions.js';
import { FormAlert } from '../../components/form-alert.js';
import { fieldMessage } from '../../lib/bound-field.js';
import { BudgetFields } from './budget-fields.js';
import {
  CountryField,
  OfficeField,
  PartnersField,
  SectorsField,
  TargetGroupsField,
} from './project-fields.js';
import { useCreateProjectForm } from './use-create-project-form.js';

interface CreateProjectFormProps {
  onCreated: (project: Project) => void;
  onCancel: () => void;
}

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

type ProjectForm = ReturnType<typeof useCreateProjectForm>['form'];

/** Start and end dates (the end on or after the start). */
function ProjectDates({ form }: { form: ProjectForm }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      <TextInput
        type="date"
        label={t('projects.fields.startDate')}
        error={errors.startDate?.message}
        {...form.register('startDate', { setValueAs: emptyToUndefined })}
      />
      <TextInput
        type="date"
        label={t('projects.fields.endDate')}
        error={fieldMessage(errors.endDate, t('projects.fields.endBeforeStart'))}
        {...form.register('endDate', { setValueAs: emptyToUndefined })}
      />
    </SimpleGrid>
  );
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
        <TextInput
          label={t('projects.fields.title')}
          required
          error={errors.title?.message}
          {...form.register('title')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <CountryField control={control} name="country" />
          <OfficeField control={control} name="officeId" country={form.watch('country')} />
        </SimpleGrid>
        <SectorsField control={control} name="sectors" />
        <TargetGroupsField control={control} name="targetGroups" />
        <PartnersField control={control} name="partners" />
        <ProjectDates form={form} />
        <BudgetFields control={control} />
        <FormActions submitLabel={t('common.create')} isPending={isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
