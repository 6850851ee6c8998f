import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form-alert.js';
import type { IntakeAnswer } from './feedback.api.js';
import { ChannelField, ClassificationFields, SensitivityField } from './intake-choice-fields.js';
import { ContactFields, SubmitterFields } from './intake-person-fields.js';
import { useIntakeForm } from './use-intake-form.js';

interface IntakeFormProps {
  onDone: (answer: IntakeAnswer) => void;
  onCancel: () => void;
}

/** Logs one case as the person tells it: channel and narrative first, the rest optional. */
export function IntakeForm({ onDone, onCancel }: IntakeFormProps) {
  const { t } = useTranslation();
  const { form, submit, message, isPending } = useIntakeForm(onDone);
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="md" maw={760}>
        <FormAlert message={message} />
        <ChannelField control={form.control} />
        <Textarea
          label={t('feedback.fields.narrative')}
          description={t('feedback.fields.narrativeHint')}
          required
          autosize
          minRows={5}
          maxRows={14}
          error={errors.narrative && t('feedback.fields.narrativeRequired')}
          {...form.register('narrative')}
        />
        <ClassificationFields control={form.control} />
        <SensitivityField control={form.control} />
        <ContactFields form={form} />
        <SubmitterFields control={form.control} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isPending}>
            {t('feedback.intake.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
