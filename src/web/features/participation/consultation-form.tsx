import { Alert, Button, Group, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_METHODS } from '../../../core/participation/consultation.schema.js';
import type { Consultation } from '../../../core/participation/participation-api.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { DecisionsField } from './decisions-field.js';
import { IssuesField } from './issues-field.js';
import { ParticipantsField } from './participants-field.js';
import { PlaceInput } from './place-input.js';
import { useConsultationForm } from './use-consultation-form.js';
import { useProjectOptions } from './use-participation-options.js';

type Form = ReturnType<typeof useConsultationForm>['form'];
const LANGUAGES = ['ar', 'en', 'fr', 'es'];

/** When, where, which project, how, who facilitated, in which languages, on which topics. */
function WhatFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const projects = useProjectOptions();
  const { errors } = form.formState;
  const required = t('participation.form.required');
  return (
    <>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label={t('participation.form.heldOn')}
          required
          w={{ base: '100%', xs: 200 }}
          error={errors.heldOn && (errors.heldOn.message ?? required)}
          {...form.register('heldOn')}
        />
        <Controller
          control={form.control}
          name="method"
          render={({ field }) => (
            <Select
              label={t('participation.form.method')}
              required
              allowDeselect={false}
              data={CONSULTATION_METHODS.map((m) => ({
                value: m,
                label: t(`participation.methods.${m}`),
              }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              w={{ base: '100%', xs: 300 }}
            />
          )}
        />
      </Group>
      <Controller
        control={form.control}
        name="locationPcode"
        render={({ field, fieldState }) => (
          <PlaceInput
            label={t('participation.form.place')}
            description={t('participation.form.placeHint')}
            required
            value={field.value}
            onChange={field.onChange}
            error={
              fieldState.error &&
              (fieldState.error.type === 'server'
                ? fieldState.error.message
                : t('participation.form.placeInvalid'))
            }
          />
        )}
      />
      <Controller
        control={form.control}
        name="projectId"
        render={({ field, fieldState }) => (
          <Select
            label={t('participation.form.project')}
            placeholder={t('participation.form.noProject')}
            searchable
            clearable
            data={projects}
            value={field.value ?? null}
            onChange={(v) => field.onChange(v ?? null)}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextInput
        label={t('participation.form.facilitator')}
        required
        error={errors.facilitator && required}
        {...form.register('facilitator')}
      />
      <Controller
        control={form.control}
        name="languages"
        render={({ field, fieldState }) => (
          <TagsInput
            label={t('participation.form.languages')}
            description={t('participation.form.languagesHint')}
            required
            data={LANGUAGES}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error && t('participation.form.languagesInvalid')}
          />
        )}
      />
      <Controller
        control={form.control}
        name="topics"
        render={({ field, fieldState }) => (
          <TagsInput
            label={t('participation.form.topics')}
            description={t('participation.form.topicsHint')}
            required
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error && required}
          />
        )}
      />
    </>
  );
}

interface ConsultationFormProps {
  brackets: readonly string[];
  consultation?: Consultation;
  onDone: (c: Consultation) => void;
  onCancel: () => void;
}

/** Records or revises a consultation: who took part, what they raised, what changed. */
export function ConsultationForm({
  brackets,
  consultation,
  onDone,
  onCancel,
}: ConsultationFormProps) {
  const { t } = useTranslation();
  const { form, submit, message, isPending, conflict, loadLatest } = useConsultationForm(
    brackets,
    onDone,
    consultation,
  );
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="md" maw={860}>
        <FormAlert message={message} />
        {conflict && (
          <Alert color="orange" title={t('participation.form.conflictTitle')} role="alert">
            {t('participation.form.conflictBody')}
            <Button mt="sm" size="xs" variant="default" onClick={loadLatest} display="block">
              {t('participation.form.loadLatest')}
            </Button>
          </Alert>
        )}
        <WhatFields form={form} />
        <ParticipantsField form={form} brackets={brackets} />
        <IssuesField form={form} />
        <DecisionsField form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isPending}>
            {t(consultation ? 'participation.form.saveChanges' : 'participation.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
