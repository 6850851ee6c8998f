import { Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { Controller, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ANSWERS, type AuditEntry } from '../../../core/safety/safety-audit.schema.js';
import { RISK_LEVELS } from '../../../core/safety/safety-site.schema.js';
import type { SafetyItem } from '../../../core/safety/safety-template.schema.js';

interface AuditItemFieldProps {
  item: SafetyItem;
  index: number;
  control: Control<AuditEntry>;
  setValue: UseFormSetValue<AuditEntry>;
  error: { answer?: boolean; risk?: string | undefined };
}

/** One item of the audit: the question, its answer, its risk (unless it does not apply), a note. */
export function AuditItemField({ item, index, control, setValue, error }: AuditItemFieldProps) {
  const { t } = useTranslation();
  const answer = useWatch({ control, name: `answers.${index}.answer` });
  const notApplicable = answer === 'not_applicable';
  return (
    <Paper withBorder p="sm" component="fieldset" className="safety-item" data-item={item.code}>
      <Text component="legend" fw={600} px={4}>
        {item.question}
      </Text>
      <Stack gap="xs">
        {item.guidance && (
          <Text size="sm" c="dimmed">
            {item.atNight && `${t('safety.form.atNightItem')} · `}
            {item.guidance}
          </Text>
        )}
        <Controller
          control={control}
          name={`answers.${index}.answer`}
          render={({ field }) => (
            <Radio.Group
              label={t('safety.form.answer')}
              value={field.value ?? null}
              onChange={(value) => {
                field.onChange(value);
                if (value === 'not_applicable') setValue(`answers.${index}.risk`, null);
                if (value === 'yes') setValue(`answers.${index}.risk`, 'low');
              }}
              error={error.answer ? t('safety.form.answerRequired') : undefined}
              required
            >
              <Group gap="md" mt={4}>
                {ANSWERS.map((value) => (
                  <Radio key={value} value={value} label={t(`safety.answer.${value}`)} size="md" />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        {!notApplicable && (
          <Controller
            control={control}
            name={`answers.${index}.risk`}
            render={({ field }) => (
              <Radio.Group
                label={t('safety.form.risk')}
                value={field.value ?? null}
                onChange={field.onChange}
                error={error.risk}
                required
              >
                <Group gap="md" mt={4}>
                  {RISK_LEVELS.map((value) => (
                    <Radio key={value} value={value} label={t(`safety.risk.${value}`)} size="md" />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
        )}
        <Controller
          control={control}
          name={`answers.${index}.notes`}
          render={({ field }) => (
            <Textarea
              label={t('safety.form.itemNotes')}
              autosize
              minRows={1}
              maxRows={6}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.currentTarget.value || undefined)}
            />
          )}
        />
      </Stack>
    </Paper>
  );
}
