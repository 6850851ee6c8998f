import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../core/projects/action.schema.js';
import { FormActions } from '../../components/form-actions.js';
import { FormAlert } from '../../components/form-alert.js';
import { LinkedItemField, OwnerField } from './action-fields.js';
import { useCreateActionForm } from './use-create-action-form.js';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

interface CreateActionFormProps {
  projectId: string;
  itemId?: string;
  onCreated: (action: Action) => void;
  onCancel: () => void;
}

type ActionForm = ReturnType<typeof useCreateActionForm>['form'];

function OwnerAndDueDate({ form }: { form: ActionForm }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      <OwnerField control={form.control} name="ownerId" />
      <TextInput
        type="date"
        label={t('actions.fields.dueDate')}
        error={form.formState.errors.dueDate?.message}
        {...form.register('dueDate', { setValueAs: emptyToUndefined })}
      />
    </SimpleGrid>
  );
}

/** A new follow-up action: what, who, by when, for which item. */
export function CreateActionForm({
  projectId,
  itemId,
  onCreated,
  onCancel,
}: CreateActionFormProps) {
  const { t } = useTranslation();
  const { form, submit, message, isPending } = useCreateActionForm(projectId, itemId, onCreated);
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm">
        <FormAlert message={message} />
        <TextInput
          label={t('actions.fields.title')}
          required
          data-autofocus
          error={errors.title?.message}
          {...form.register('title')}
        />
        <Textarea
          label={t('actions.fields.description')}
          autosize
          minRows={2}
          error={errors.description?.message}
          {...form.register('description', { setValueAs: emptyToUndefined })}
        />
        <OwnerAndDueDate form={form} />
        <LinkedItemField control={form.control} name="itemId" projectId={projectId} />
        <FormActions submitLabel={t('common.create')} isPending={isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
