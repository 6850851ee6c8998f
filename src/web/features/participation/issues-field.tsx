import { ActionIcon, Button, Fieldset, Group, Select, Stack, Textarea } from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { usePrincipleOptions } from './use-participation-options.js';
import type { useConsultationForm } from './use-consultation-form.js';

type Form = ReturnType<typeof useConsultationForm>['form'];

/** The issues people raised, each tagged with the principle it concerns. */
export function IssuesField({ form }: { form: Form }) {
  const { t } = useTranslation();
  const principles = usePrincipleOptions();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'issues' });
  const errors = form.formState.errors.issues;
  return (
    <Fieldset legend={t('participation.form.issues')}>
      <Stack gap="md">
        {fields.map((field, index) => (
          <Group key={field.id} align="flex-start" gap="xs" wrap="wrap">
            <Textarea
              label={t('participation.form.issue')}
              required
              autosize
              style={{ flex: '2 1 260px' }}
              error={errors?.[index]?.description && t('participation.form.required')}
              {...form.register(`issues.${index}.description`)}
            />
            <Controller
              control={form.control}
              name={`issues.${index}.principle`}
              render={({ field: principle, fieldState }) => (
                <Select
                  label={t('participation.form.principle')}
                  required
                  data={principles}
                  value={principle.value || null}
                  onChange={(v) => principle.onChange(v ?? '')}
                  error={
                    fieldState.error &&
                    (fieldState.error.message ?? t('participation.form.required'))
                  }
                  w={{ base: '100%', xs: 260 }}
                />
              )}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={24}
              aria-label={t('participation.form.removeIssue')}
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
          onClick={() => append({ description: '', principle: '' })}
        >
          {t('participation.form.addIssue')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
