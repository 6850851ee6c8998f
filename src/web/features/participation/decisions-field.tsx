import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DECISION_LINKS } from '../../../core/participation/consultation.schema.js';
import { CATEGORIES } from '../../../core/feedback/feedback.schema.js';
import { useActionOptions, useProjectOptions } from './use-participation-options.js';
import type { useConsultationForm } from './use-consultation-form.js';

type Form = ReturnType<typeof useConsultationForm>['form'];

/** What the decision links to: a project, one of the consultation project's actions, or a feedback category. */
function LinkTarget({ form, index }: { form: Form; index: number }) {
  const { t } = useTranslation();
  const link = useWatch({ control: form.control, name: `decisions.${index}.link` });
  const projectId = useWatch({ control: form.control, name: 'projectId' });
  const projects = useProjectOptions();
  const actions = useActionOptions(projectId);
  const error = form.formState.errors.decisions?.[index];
  const target = {
    project: { name: 'projectId', label: t('participation.form.linkProject'), data: projects },
    action: { name: 'actionId', label: t('participation.form.linkAction'), data: actions },
    feedback_trend: {
      name: 'feedbackCategory',
      label: t('participation.form.linkTrend'),
      data: CATEGORIES.map((c) => ({ value: c, label: t(`feedback.category.${c}`) })),
    },
  }[link ?? 'project'];
  const fieldError = error?.[target.name as 'projectId']?.message;
  return (
    <Stack gap={4} style={{ flex: '1 1 240px' }}>
      <Controller
        control={form.control}
        name={`decisions.${index}.${target.name as 'projectId'}`}
        render={({ field }) => (
          <Select
            label={target.label}
            required
            searchable
            data={target.data}
            value={field.value ?? null}
            onChange={(v) => field.onChange(v ?? undefined)}
            error={fieldError}
          />
        )}
      />
      {link === 'action' && !projectId && (
        <Text size="xs" c="dimmed">
          {t('participation.form.actionNeedsProject')}
        </Text>
      )}
    </Stack>
  );
}

/** The decisions or changes that followed, each linked to what it changed. */
export function DecisionsField({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'decisions' });
  const errors = form.formState.errors.decisions;
  return (
    <Fieldset legend={t('participation.form.decisions')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('participation.form.decisionsHint')}
      </Text>
      <Stack gap="md">
        {fields.map((field, index) => (
          <Group key={field.id} align="flex-start" gap="xs" wrap="wrap">
            <Textarea
              label={t('participation.form.decision')}
              required
              autosize
              style={{ flex: '2 1 260px' }}
              error={errors?.[index]?.description && t('participation.form.required')}
              {...form.register(`decisions.${index}.description`)}
            />
            <Controller
              control={form.control}
              name={`decisions.${index}.link`}
              render={({ field: link }) => (
                <Select
                  label={t('participation.form.linkKind')}
                  data={DECISION_LINKS.map((l) => ({
                    value: l,
                    label: t(`participation.links.${l}`),
                  }))}
                  value={link.value}
                  onChange={(v) => v && link.onChange(v)}
                  allowDeselect={false}
                  w={{ base: '100%', xs: 200 }}
                />
              )}
            />
            <LinkTarget form={form} index={index} />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={24}
              aria-label={t('participation.form.removeDecision')}
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
          onClick={() => append({ description: '', link: 'project' })}
        >
          {t('participation.form.addDecision')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
