import { Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RISK_FACTORS } from '../../../core/risk/risk-scale.js';
import type { RiskAnalysis } from '../../../core/risk/risk-analysis-api.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { useLanguage } from '../../i18n/use-language.js';
import { BandBadge } from './band-badge.js';
import { PlaceField } from './place-field.js';
import { AffectedGroupsField, SourcesField } from './risk-form-lists.js';
import { formatScore } from './risk-format.js';
import { useRiskNames } from './risk-labels.js';
import { RatingField } from './rating-field.js';
import { useLiveRisk, useRiskForm } from './use-risk-form.js';

type Form = ReturnType<typeof useRiskForm>['form'];

/** The score and band of the ratings as they are now, announced politely as they change. */
function LiveScore({ form }: { form: Form }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const risk = useLiveRisk(form.control);
  return (
    <Paper withBorder p="sm" aria-live="polite">
      <Group gap="sm">
        <Text fw={600}>{t('risk.form.score')}</Text>
        {risk ? (
          <>
            <Text>{formatScore(risk.score, lang)}</Text>
            <BandBadge {...risk} />
          </>
        ) : (
          <Text c="dimmed">{t('common.none')}</Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('risk.form.equation')}
      </Text>
    </Paper>
  );
}

/** Where, when, which risk and what threat. */
function WhatFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { items } = useRiskNames();
  const { errors } = form.formState;
  return (
    <>
      <PlaceField form={form} />
      <TextInput
        type="date"
        label={t('risk.form.date')}
        required
        w={{ base: '100%', xs: 220 }}
        error={errors.date && (errors.date.message ?? t('risk.form.required'))}
        {...form.register('date')}
      />
      <Controller
        control={form.control}
        name="riskCode"
        render={({ field, fieldState }) => (
          <Select
            label={t('risk.form.risk')}
            required
            searchable
            data={items.map((r) => ({ value: r.code, label: r.name }))}
            value={field.value ?? null}
            onChange={(v) => field.onChange(v ?? undefined)}
            error={fieldState.error && t('risk.form.riskRequired')}
          />
        )}
      />
      <Textarea
        label={t('risk.form.threatDescription')}
        description={t('risk.form.threatDescriptionHint')}
        required
        autosize
        minRows={3}
        error={errors.threatDescription && t('risk.form.required')}
        {...form.register('threatDescription')}
      />
    </>
  );
}

/** Records or revises one analysis; the score and band are shown live from the same core function. */
export function RiskForm({
  analysis,
  onDone,
  onCancel,
}: {
  /** The analysis to revise; a new one when absent. */
  analysis?: RiskAnalysis;
  onDone: (a: RiskAnalysis) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, submit, message, isPending } = useRiskForm(onDone, analysis);
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="md" maw={760}>
        <FormAlert message={message} />
        <WhatFields form={form} />
        <AffectedGroupsField form={form} />
        {RISK_FACTORS.map((factor) => (
          <RatingField key={factor} form={form} factor={factor} />
        ))}
        <LiveScore form={form} />
        <SourcesField form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isPending}>
            {t(analysis ? 'risk.edit.submit' : 'risk.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
