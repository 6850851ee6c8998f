import { Input, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RiskFactor } from '../../../core/risk/risk-scale.js';
import type { useRiskForm } from './use-risk-form.js';

type Form = ReturnType<typeof useRiskForm>['form'];

/** One factor of the risk equation: a 1–5 rating (radio buttons) and its justification. */
export function RatingField({ form, factor }: { form: Form; factor: RiskFactor }) {
  const { t } = useTranslation();
  const errors = form.formState.errors[factor];
  return (
    <Stack gap={6}>
      <Controller
        control={form.control}
        name={`${factor}.rating`}
        render={({ field }) => (
          <Input.Wrapper
            label={t(`risk.form.${factor}`)}
            description={t(`risk.form.${factor}Hint`)}
            error={errors?.rating && t('risk.form.ratingRequired')}
          >
            <SegmentedControl
              fullWidth
              data={['1', '2', '3', '4', '5']}
              value={String(field.value)}
              onChange={(value) => field.onChange(Number(value))}
              aria-label={t(`risk.form.${factor}`)}
            />
          </Input.Wrapper>
        )}
      />
      <Textarea
        label={t('risk.form.justification')}
        required
        autosize
        minRows={2}
        error={errors?.justification && (errors.justification.message ?? t('risk.form.required'))}
        {...form.register(`${factor}.justification`)}
      />
    </Stack>
  );
}
