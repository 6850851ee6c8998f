import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  createInterventionRequestSchema,
  INTERVENTION_KINDS,
  THEMATIC_AREAS,
} from '../../../core/risk/intervention.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { createIntervention, RISK_QUERY_KEY } from './risk.api.js';

type Input = z.input<typeof createInterventionRequestSchema>;
type Output = z.output<typeof createInterventionRequestSchema>;
const FIELDS = ['kind', 'thematicArea', 'title', 'description', 'startDate', 'endDate'] as const;
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Records a specialised protection intervention against the latest analysis of the series. */
export function InterventionForm({ analysisId }: { analysisId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(createInterventionRequestSchema),
    defaultValues: { title: '' },
  });
  const { submit, message, isPending } = useServerSubmit({
    setError: form.setError,
    fields: FIELDS,
    send: (values: Output) => createIntervention(analysisId, values),
    onSuccess: async () => {
      form.reset({ title: '' });
      await queryClient.invalidateQueries({ queryKey: RISK_QUERY_KEY });
    },
  });
  const { errors } = form.formState;
  const choice = (name: 'kind' | 'thematicArea', values: readonly string[], group: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`risk.intervention.${name}`)}
          required
          data={values.map((v) => ({ value: v, label: t(`risk.${group}.${v}`) }))}
          value={field.value ?? null}
          onChange={(v) => field.onChange(v ?? undefined)}
          error={errors[name] && t('risk.form.required')}
          w={{ base: '100%', xs: 260 }}
        />
      )}
    />
  );
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm" maw={760}>
        <FormAlert message={message} />
        <Group gap="sm" align="flex-start">
          {choice('kind', INTERVENTION_KINDS, 'kind')}
          {choice('thematicArea', THEMATIC_AREAS, 'area')}
        </Group>
        <TextInput
          label={t('risk.intervention.title')}
          required
          error={errors.title && t('risk.form.required')}
          {...form.register('title')}
        />
        <Textarea
          label={t('risk.intervention.description')}
          autosize
          minRows={2}
          {...form.register('description', { setValueAs: blank })}
        />
        <Group gap="sm">
          <TextInput
            type="date"
            label={t('risk.intervention.startDate')}
            {...form.register('startDate', { setValueAs: blank })}
          />
          <TextInput
            type="date"
            label={t('risk.intervention.endDate')}
            error={errors.endDate && t('risk.intervention.datesOrder')}
            {...form.register('endDate', { setValueAs: blank })}
          />
        </Group>
        <Button type="submit" loading={isPending} w="fit-content">
          {t('risk.intervention.submit')}
        </Button>
      </Stack>
    </form>
  );
}
