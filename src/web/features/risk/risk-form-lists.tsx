import { ActionIcon, Button, Fieldset, Group, Select, Stack, TextInput } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../core/feedback/feedback.schema.js';
import type { useRiskForm } from './use-risk-form.js';

type Form = ReturnType<typeof useRiskForm>['form'];
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Who is affected: one line per group, with an optional sex. */
export function AffectedGroupsField({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: 'affectedGroups',
  });
  const errors = form.formState.errors.affectedGroups;
  return (
    <Fieldset legend={t('risk.form.affectedGroups')}>
      <Stack gap="xs">
        {fields.map((field, index) => (
          <Group key={field.id} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('risk.form.groupDescription')}
              required
              style={{ flex: '1 1 220px' }}
              error={errors?.[index]?.description && t('risk.form.required')}
              {...form.register(`affectedGroups.${index}.description`)}
            />
            <Select
              label={t('risk.form.groupSex')}
              data={SEXES.map((s) => ({ value: s, label: t(`risk.sex.${s}`) }))}
              clearable
              w={160}
              value={form.watch(`affectedGroups.${index}.sex`) ?? null}
              onChange={(v) =>
                form.setValue(`affectedGroups.${index}.sex`, (v ?? undefined) as never)
              }
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('risk.form.removeGroup')}
              disabled={fields.length === 1}
              onClick={() => remove(index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          size="xs"
          onClick={() => append({ description: '' })}
          w="fit-content"
        >
          {t('risk.form.addGroup')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** The sources of the analysis: a title, and optionally a link and a date. */
export function SourcesField({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'sources' });
  const errors = form.formState.errors.sources;
  return (
    <Fieldset legend={t('risk.form.sources')}>
      <Stack gap="xs">
        {fields.map((field, index) => (
          <Group key={field.id} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('risk.form.sourceTitle')}
              required
              style={{ flex: '1 1 220px' }}
              error={errors?.[index]?.title && t('risk.form.required')}
              {...form.register(`sources.${index}.title`)}
            />
            <TextInput
              label={t('risk.form.sourceUrl')}
              type="url"
              dir="ltr"
              style={{ flex: '1 1 180px' }}
              error={errors?.[index]?.url && t('risk.form.urlInvalid')}
              {...form.register(`sources.${index}.url`, { setValueAs: blankToUndefined })}
            />
            <TextInput
              label={t('risk.form.sourceDate')}
              type="date"
              w={170}
              {...form.register(`sources.${index}.date`, { setValueAs: blankToUndefined })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('risk.form.removeSource')}
              disabled={fields.length === 1}
              onClick={() => remove(index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button variant="default" size="xs" onClick={() => append({ title: '' })} w="fit-content">
          {t('risk.form.addSource')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
