import { Accordion, Checkbox, Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useWatch, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  AGE_BRACKETS,
  DISPLACEMENT_STATUSES,
  SEXES,
  type CreateFeedbackRequest,
} from '../../../core/feedback/feedback.schema.js';
import { useEnumOptions } from './feedback-labels.js';
import type { IntakeControl } from './intake-choice-fields.js';
import { emptyToUndefined, type IntakeRequest } from './use-intake-form.js';

type IntakeForm = UseFormReturn<CreateFeedbackRequest, unknown, IntakeRequest>;

/** Anonymous, consent to be contacted, and the contact details (only with consent, not anonymous). */
export function ContactFields({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const anonymous = useWatch({ control: form.control, name: 'anonymous' });
  const consent = useWatch({ control: form.control, name: 'consentToContact' });
  const errors: FieldErrors<CreateFeedbackRequest> = form.formState.errors;
  const text = (name: 'name' | 'phone' | 'email' | 'other', extra: object = {}) => (
    <TextInput
      label={t(`feedback.contact.${name}`)}
      error={errors.contact?.[name]?.message}
      {...extra}
      {...form.register(`contact.${name}`, { setValueAs: emptyToUndefined })}
    />
  );
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('feedback.fields.anonymous')}
        description={t('feedback.fields.anonymousHint')}
        {...form.register('anonymous')}
      />
      {!anonymous && (
        <Checkbox
          label={t('feedback.fields.consent')}
          description={t('feedback.fields.consentHint')}
          {...form.register('consentToContact')}
        />
      )}
      {!anonymous && consent && (
        <Fieldset legend={t('feedback.contact.title')} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {text('name', { autoComplete: 'off' })}
            {text('phone', { type: 'tel', dir: 'ltr', autoComplete: 'off' })}
            {text('email', { type: 'email', dir: 'ltr', autoComplete: 'off' })}
            {text('other')}
          </SimpleGrid>
        </Fieldset>
      )}
    </Stack>
  );
}

/** Sex, age bracket and displacement of the person: optional, folded away. */
export function SubmitterFields({ control }: { control: IntakeControl }) {
  const { t } = useTranslation();
  const sexes = useEnumOptions('sex', SEXES);
  const ages = useEnumOptions('age', AGE_BRACKETS);
  const displacement = useEnumOptions('displacement', DISPLACEMENT_STATUSES);
  const select = (
    name: 'submitter.sex' | 'submitter.ageBracket' | 'submitter.displacement',
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          placeholder={t('feedback.fields.notSet')}
          data={data}
          value={(field.value as string | undefined) ?? null}
          onChange={(value) => field.onChange(value ?? undefined)}
          error={fieldState.error?.message}
          clearable
        />
      )}
    />
  );
  return (
    <Accordion variant="contained">
      <Accordion.Item value="profile">
        <Accordion.Control>{t('feedback.profile.title')}</Accordion.Control>
        <Accordion.Panel>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {select('submitter.sex', t('feedback.profile.sex'), sexes)}
            {select('submitter.ageBracket', t('feedback.profile.age'), ages)}
            {select('submitter.displacement', t('feedback.profile.displacement'), displacement)}
          </SimpleGrid>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
