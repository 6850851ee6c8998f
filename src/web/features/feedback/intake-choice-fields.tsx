import { Alert, Group, Radio, Select, Stack, Switch } from '@mantine/core';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CATEGORIES,
  CHANNELS,
  SENSITIVITIES,
  type CreateFeedbackRequest,
} from '../../../core/feedback/feedback.schema.js';
import { useLanguageSelectOptions } from '../../lib/use-options.js';
import { useEnumOptions } from './feedback-labels.js';
import type { IntakeRequest } from './use-intake-form.js';

export type IntakeControl = Control<CreateFeedbackRequest, unknown, IntakeRequest>;

/** How the feedback came in: one tap among the channels. */
export function ChannelField({ control }: { control: IntakeControl }) {
  const { t } = useTranslation();
  const options = useEnumOptions('channel', CHANNELS);
  return (
    <Controller
      control={control}
      name="channel"
      render={({ field, fieldState }) => (
        <Radio.Group
          label={t('feedback.fields.channel')}
          value={field.value}
          onChange={field.onChange}
          error={fieldState.error?.message}
          required
        >
          <Group gap="md" mt={6}>
            {options.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
      )}
    />
  );
}

/** Sensitivity, each with one line on what it means; SEA warns who will see the case. */
export function SensitivityField({ control }: { control: IntakeControl }) {
  const { t } = useTranslation();
  const value = useWatch({ control, name: 'sensitivity' });
  return (
    <>
      <Controller
        control={control}
        name="sensitivity"
        render={({ field, fieldState }) => (
          <Radio.Group
            label={t('feedback.fields.sensitivity')}
            value={field.value ?? 'non_sensitive'}
            onChange={field.onChange}
            error={fieldState.error?.message}
          >
            <Stack gap="xs" mt={6}>
              {SENSITIVITIES.map((s) => (
                <Radio
                  key={s}
                  value={s}
                  label={t(`feedback.sensitivity.${s}`)}
                  description={t(`feedback.sensitivityHint.${s}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
      />
      <div aria-live="polite">
        {value === 'sea' && (
          <Alert color="grape" title={t('feedback.intake.seaTitle')}>
            {t('feedback.intake.seaNotice')}
          </Alert>
        )}
      </div>
    </>
  );
}

/** Category, language of the narrative, and whether the case is urgent. */
export function ClassificationFields({ control }: { control: IntakeControl }) {
  const { t } = useTranslation();
  const categories = useEnumOptions('category', CATEGORIES);
  const languages = useLanguageSelectOptions();
  return (
    <>
      <Group grow align="flex-start" wrap="wrap">
        <Controller
          control={control}
          name="category"
          render={({ field, fieldState }) => (
            <Select
              label={t('feedback.fields.category')}
              placeholder={t('feedback.fields.notSet')}
              data={categories}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              error={fieldState.error?.message}
              clearable
              miw={220}
            />
          )}
        />
        <Controller
          control={control}
          name="language"
          render={({ field, fieldState }) => (
            <Select
              label={t('feedback.fields.language')}
              data={languages}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              error={fieldState.error?.message}
              clearable
              miw={160}
            />
          )}
        />
      </Group>
      <Controller
        control={control}
        name="urgency"
        render={({ field }) => (
          <Switch
            label={t('feedback.fields.urgent')}
            description={t('feedback.fields.urgentHint')}
            checked={field.value === 'urgent'}
            onChange={(event) => field.onChange(event.currentTarget.checked ? 'urgent' : 'normal')}
          />
        )}
      />
    </>
  );
}
