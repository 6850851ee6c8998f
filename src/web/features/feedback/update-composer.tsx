import {
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form-alert.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate } from '../../lib/format-date.js';
import { useLanguageSelectOptions } from '../../lib/use-options.js';
import type { CommunityUpdate } from './community-updates.api.js';
import { isValidPeriod, type Period } from './updates-trends.js';
import { useUpdateComposer } from './use-update-composer.js';

interface UpdateComposerProps {
  editing: CommunityUpdate | null;
  period: Period;
  onSaved: (update: CommunityUpdate) => void;
  onCancel: () => void;
}

/** Writes a draft from the trends: what the community said, and what was done about it. */
export function UpdateComposer({ editing, period, onSaved, onCancel }: UpdateComposerProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const languages = useLanguageSelectOptions();
  const { form, conflict, submit, message, isPending } = useUpdateComposer(
    editing,
    period,
    onSaved,
  );
  const { errors } = form.formState;
  const covered = editing ? { from: editing.periodFrom, to: editing.periodTo } : period;
  const periodOk = editing !== null || isValidPeriod(period);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="update-composer-title">
      <form onSubmit={form.handleSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="update-composer-title">
            {t(editing ? 'feedback.updates.editTitle' : 'feedback.updates.newTitle')}
          </Title>
          <Text fz="sm" c={periodOk ? 'dimmed' : 'red.8'}>
            {periodOk
              ? t('feedback.updates.covers', {
                  from: formatDate(covered.from, lang),
                  to: formatDate(covered.to, lang),
                })
              : t('feedback.updates.periodInvalid')}
          </Text>
          <FormAlert message={conflict ? t('feedback.updates.conflict') : message} />
          <Controller
            control={form.control}
            name="language"
            render={({ field, fieldState }) => (
              <Select
                label={t('feedback.updates.language')}
                description={t('feedback.updates.languageHint')}
                data={languages}
                allowDeselect={false}
                disabled={editing !== null}
                required
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
          <TextInput
            label={t('feedback.updates.title')}
            required
            maxLength={200}
            error={errors.title?.message}
            {...form.register('title')}
          />
          <Textarea
            label={t('feedback.updates.youSaid')}
            description={t('feedback.updates.youSaidHint')}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={4000}
            error={errors.youSaid?.message}
            {...form.register('youSaid')}
          />
          <Textarea
            label={t('feedback.updates.weDid')}
            description={t('feedback.updates.weDidHint')}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={4000}
            error={errors.weDid?.message}
            {...form.register('weDid')}
          />
          <Group justify="flex-end" gap="sm">
            {editing && (
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={isPending} disabled={!periodOk}>
              {t(editing ? 'common.save' : 'feedback.updates.saveDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
