import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  waiverRequestSchema,
  type ChecklistItemView,
  type WaiverRequest,
} from '../../../core/checklists/checklist.schema.js';
import { FormActions } from '../../components/form-actions.js';
import { FormAlert } from '../../components/form-alert.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { checklistKey, createWaiver } from './checklist.api.js';

interface WaiveFormProps {
  projectId: string;
  item: ChecklistItemView;
  onDone: () => void;
}

function WaiveForm({ projectId, item, onDone }: WaiveFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: zodResolver(waiverRequestSchema),
    defaultValues: { itemId: item.id, reason: '' },
  });
  const { submit, message, isPending } = useServerSubmit({
    setError: form.setError,
    fields: ['reason'] as const,
    send: (values: WaiverRequest) => createWaiver(projectId, values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: checklistKey(projectId) });
      onDone();
    },
  });
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm">
        <FormAlert message={message} />
        <Text size="sm" fw={500}>
          {item.text}
        </Text>
        <Textarea
          label={t('waivers.reason')}
          description={t('waivers.reasonHint')}
          required
          autosize
          minRows={3}
          data-autofocus
          error={form.formState.errors.reason?.message}
          {...form.register('reason')}
        />
        <FormActions submitLabel={t('waivers.submit')} isPending={isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Waives a mandatory item with a reason (protection officers); the checklist reloads after. */
export function WaiveModal(props: {
  projectId: string;
  item: ChecklistItemView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.item !== null}
      onClose={props.onClose}
      title={t('waivers.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {props.item && (
        <WaiveForm projectId={props.projectId} item={props.item} onDone={props.onClose} />
      )}
    </Modal>
  );
}
