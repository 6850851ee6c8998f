import {
  Autocomplete,
  Button,
  Fieldset,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { LANGUAGE_CODES } from '../../../core/shared/language.js';
import { PARTICIPANT_TYPES, TRAINING_TOPICS } from '../../../core/capacity/capacity-codes.js';
import { api, toQueryString } from '../../api/client.js';
import { FormAlert } from '../../components/form-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { listProjectsQuerySchema } from '../../../core/projects/project.schema.js';
import { projectsQuery } from '../projects/projects.api.js';
import type { TrainingSession } from '../../../core/capacity/training.schema.js';
import { QueryView } from '../../components/query-view.js';
import { peopleQuery, trainingQuery } from './capacity.api.js';
import { ConflictNotice } from './capacity-conflict.js';
import { FORM_SEXES, useTrainingForm } from './use-training-form.js';

type Form = ReturnType<typeof useTrainingForm>['form'];

function PlaceInput({ form }: { form: Form }) {
  const { t } = useTranslation();
  const value = useWatch({ control: form.control, name: 'locationPcode' });
  const [q] = useDebouncedValue(value.trim(), 300);
  const found = useQuery({
    queryKey: ['locations', 'search', q],
    queryFn: () =>
      api.get<{ items: { pcode: string; names: Record<string, string | undefined> }[] }>(
        `/api/v1/locations${toQueryString({ q, pageSize: 10 })}`,
      ),
    enabled: q.length >= 2,
    retry: false,
  });
  const data = (found.data?.items ?? []).map(
    (p) => `${p.pcode} — ${p.names.en ?? Object.values(p.names)[0] ?? ''}`,
  );
  const error = form.formState.errors.locationPcode;
  return (
    <Autocomplete
      label={t('capacity.form.place')}
      description={t('capacity.form.placeHint')}
      required
      value={value}
      onChange={(next) =>
        form.setValue('locationPcode', next.split(' — ')[0]!.trim().toUpperCase())
      }
      data={data}
      filter={({ options }) => options}
      error={error && (error.type === 'server' ? error.message : t('capacity.form.placeInvalid'))}
      dir="ltr"
    />
  );
}

function ParticipantsGrid({ form }: { form: Form }) {
  const { t } = useTranslation();
  const error = form.formState.errors.participants;
  return (
    <Fieldset legend={t('capacity.form.participants')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {PARTICIPANT_TYPES.map((type, row) => (
          <Stack key={type} gap="xs">
            {FORM_SEXES.map((sex, column) => (
              <Controller
                key={sex}
                control={form.control}
                name={`participants.${row * FORM_SEXES.length + column}.count`}
                render={({ field }) => (
                  <NumberInput
                    label={`${t(`capacity.participantTypes.${type}`)} — ${t(`capacity.sexes.${sex}`)}`}
                    min={0}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)}
                  />
                )}
              />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
      {error && (
        <FormAlert
          message={error.type === 'server' ? (error.message ?? '') : t('capacity.form.nobody')}
        />
      )}
    </Fieldset>
  );
}

function SessionFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const topic = useWatch({ control: form.control, name: 'topic' });
  const projects = useQuery(
    projectsQuery(listProjectsQuerySchema.parse({ pageSize: 200, sort: 'code' })),
  );
  const people = useQuery(peopleQuery());
  const errors = form.formState.errors;
  return (
    <>
      <Controller
        control={form.control}
        name="topic"
        render={({ field }) => (
          <Select
            label={t('capacity.columns.topic')}
            required
            allowDeselect={false}
            data={TRAINING_TOPICS.map((c) => ({ value: c, label: t(`capacity.topics.${c}`) }))}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      {topic === 'other' && (
        <TextInput
          label={t('capacity.form.topicOther')}
          required
          {...form.register('topicOther')}
          error={errors.topicOther && t('capacity.form.required')}
        />
      )}
      <TextInput
        type="date"
        label={t('capacity.columns.date')}
        required
        {...form.register('date')}
        error={errors.date && t('capacity.form.dateInvalid')}
      />
      <PlaceInput form={form} />
      <Controller
        control={form.control}
        name="projectId"
        render={({ field, fieldState }) => (
          <Select
            label={t('capacity.columns.project')}
            clearable
            searchable
            data={(projects.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.code} — ${p.title}`,
            }))}
            value={field.value ?? null}
            onChange={(v) => field.onChange(v ?? undefined)}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextInput
        label={t('capacity.form.facilitator')}
        required
        {...form.register('facilitator')}
        error={errors.facilitator && t('capacity.form.required')}
      />
      <Controller
        control={form.control}
        name="language"
        render={({ field }) => (
          <Select
            label={t('capacity.form.language')}
            allowDeselect={false}
            data={LANGUAGE_CODES.map((c) => ({ value: c, label: t(`capacity.languages.${c}`) }))}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <ParticipantsGrid form={form} />
      <Controller
        control={form.control}
        name="traineeIds"
        render={({ field, fieldState }) => (
          <MultiSelect
            label={t('capacity.form.trainees')}
            description={t('capacity.form.traineesHint')}
            searchable
            data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
    </>
  );
}

function TrainingForm({ session }: { session?: TrainingSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, submission, conflict, loadLatest } = useTrainingForm(
    () => void navigate('/trainings'),
    session,
  );
  return (
    <form noValidate onSubmit={form.handleSubmit(submission.submit)}>
      <Stack maw={720}>
        <FormAlert message={submission.message} />
        {conflict && <ConflictNotice onLoad={loadLatest} />}
        <SessionFields form={form} />
        <Button type="submit" loading={submission.isPending} w="fit-content">
          {t(session ? 'capacity.edit.save' : 'capacity.form.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** Records a training session: topic, date, place, project, participants by type × sex, named staff. */
export function TrainingFormPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('capacity.form.title')} description={t('capacity.form.intro')} />
      <TrainingForm />
    </>
  );
}

/** Revises a recorded session with the same form, filled with what it holds. */
export function TrainingEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useQuery(trainingQuery(id));
  return (
    <>
      <PageHeader title={t('capacity.edit.title')} description={t('capacity.edit.intro')} />
      <QueryView query={session} isEmpty={() => false} emptyMessage="">
        {(s) => <TrainingForm session={s} />}
      </QueryView>
    </>
  );
}
