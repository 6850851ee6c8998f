import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COMMITTEE_KINDS } from '../../../core/participation/committee.schema.js';
import type { Committee } from '../../../core/participation/participation-api.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { MembersField } from './members-field.js';
import { PlaceInput } from './place-input.js';
import { useCommitteeForm } from './use-committee-form.js';
import { useProjectOptions } from './use-participation-options.js';

type Form = ReturnType<typeof useCommitteeForm>['form'];

/** A share target entered as a percentage. */
function TargetField({ form, name }: { form: Form; name: 'womenShare' | 'disabilityShare' }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={form.control}
      name={`targets.${name}`}
      render={({ field, fieldState }) => (
        <NumberInput
          label={t(`participation.committee.${name}Target`)}
          suffix=" %"
          min={0}
          max={100}
          w={{ base: '100%', xs: 220 }}
          value={Math.round((field.value ?? 0) * 100)}
          onChange={(v) => field.onChange((typeof v === 'number' ? v : 0) / 100)}
          error={fieldState.error && t('participation.committee.targetInvalid')}
        />
      )}
    />
  );
}

function TrainingsField({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'trainings' });
  const errors = form.formState.errors.trainings;
  return (
    <Fieldset legend={t('participation.committee.trainings')}>
      <Stack gap="sm">
        {fields.map((field, index) => (
          <Group key={field.id} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('participation.committee.topic')}
              required
              style={{ flex: '1 1 240px' }}
              error={errors?.[index]?.topic && t('participation.form.required')}
              {...form.register(`trainings.${index}.topic`)}
            />
            <TextInput
              type="date"
              label={t('participation.committee.date')}
              required
              w={{ base: '100%', xs: 180 }}
              error={errors?.[index]?.date && t('participation.form.required')}
              {...form.register(`trainings.${index}.date`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('participation.committee.removeTraining')}
              onClick={() => remove(index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          onClick={() => append({ topic: '', date: '' })}
        >
          {t('participation.committee.addTraining')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

function WhatFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const projects = useProjectOptions();
  const { errors } = form.formState;
  return (
    <>
      <TextInput
        label={t('participation.committee.name')}
        description={t('participation.committee.nameHint')}
        required
        error={errors.name && t('participation.form.required')}
        {...form.register('name')}
      />
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('participation.committee.kind')}
              required
              allowDeselect={false}
              data={COMMITTEE_KINDS.map((k) => ({
                value: k,
                label: t(`participation.kinds.${k}`),
              }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              w={{ base: '100%', xs: 220 }}
            />
          )}
        />
        <TextInput
          label={t('participation.committee.siteName')}
          w={{ base: '100%', xs: 260 }}
          {...form.register('siteName')}
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
    </>
  );
}

interface Props {
  brackets: readonly string[];
  committee?: Committee;
  onDone: (c: Committee) => void;
  onCancel: () => void;
}

/** Records or revises a committee, its members by group, balance targets and training. */
export function CommitteeForm({ brackets, committee, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, submit, message, isPending } = useCommitteeForm(onDone, committee);
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="md" maw={900}>
        <FormAlert message={message} />
        <WhatFields form={form} />
        <MembersField form={form} brackets={brackets} />
        <Group gap="sm">
          <TargetField form={form} name="womenShare" />
          <TargetField form={form} name="disabilityShare" />
        </Group>
        <TrainingsField form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isPending}>
            {t(committee ? 'participation.form.saveChanges' : 'participation.committee.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
