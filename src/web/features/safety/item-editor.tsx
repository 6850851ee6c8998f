import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  SAFETY_TOPICS,
  type SafetyItemTexts,
  type SafetyTemplate,
  type SafetyTopic,
} from '../../../core/safety/safety-template.schema.js';
import { LANGUAGE_CODES } from '../../../core/shared/language.js';
import { FormAlert } from '../../components/form-alert.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { addTemplateItem, changeTemplateItem, SAFETY_KEY } from './safety.api.js';

type Item = SafetyTemplate['items'][number];
interface EditorValues {
  code: string;
  topic: SafetyTopic;
  atNight: boolean;
  texts: SafetyItemTexts;
}

const BLANK_TEXTS = Object.fromEntries(
  LANGUAGE_CODES.map((lang) => [lang, { question: '', guidance: '' }]),
) as SafetyItemTexts;
const FIELDS = [
  'code',
  'topic',
  ...LANGUAGE_CODES.flatMap((l) => [`texts.${l}.question`, `texts.${l}.guidance`]),
] as FieldPath<EditorValues>[];

interface ItemEditorProps {
  template: SafetyTemplate;
  /** The item reworded; a new item when absent. */
  item?: Item;
  onDone: () => void;
}

/** Adds an item or rewords one, in all four languages; the template gets a new version. */
export function ItemEditor({ template, item, onDone }: ItemEditorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<EditorValues>({
    defaultValues: item
      ? { code: item.code, topic: item.topic, atNight: item.atNight, texts: item.texts }
      : { code: '', topic: 'layout', atNight: false, texts: BLANK_TEXTS },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: FIELDS,
    send: (v: EditorValues) =>
      item
        ? changeTemplateItem(item.code, {
            basedOn: template.number,
            texts: v.texts,
            atNight: v.atNight,
          })
        : addTemplateItem({
            basedOn: template.number,
            code: v.code,
            topic: v.topic,
            atNight: v.atNight,
            texts: v.texts,
          }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SAFETY_KEY });
      onDone();
    },
  });
  const issue = (name: FieldPath<EditorValues>) =>
    form.getFieldState(name, form.formState).error?.message;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="item-editor-title">
      <Title order={2} size="h4" id="item-editor-title" mb="sm">
        {item
          ? t('safety.template.rewordTitle', { code: item.code })
          : t('safety.template.addTitle')}
      </Title>
      <form onSubmit={form.handleSubmit(submission.submit)} noValidate>
        <Stack gap="sm">
          <FormAlert message={submission.message} />
          {!item && (
            <Group grow align="flex-start">
              <TextInput
                label={t('safety.template.code')}
                description={t('safety.template.codeHint')}
                required
                dir="ltr"
                {...form.register('code')}
                error={issue('code')}
              />
              <Controller
                control={form.control}
                name="topic"
                render={({ field }) => (
                  <Select
                    label={t('safety.template.topic')}
                    required
                    allowDeselect={false}
                    data={SAFETY_TOPICS.map((topic) => ({
                      value: topic,
                      label: template.items.find((i) => i.topic === topic)?.topicName ?? topic,
                    }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? 'layout')}
                  />
                )}
              />
            </Group>
          )}
          <Checkbox label={t('safety.template.atNight')} {...form.register('atNight')} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {LANGUAGE_CODES.map((lang) => (
              <Stack key={lang} gap="xs" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
                <Textarea
                  label={t('safety.template.question', { language: t(`safety.language.${lang}`) })}
                  required
                  autosize
                  minRows={2}
                  {...form.register(`texts.${lang}.question`)}
                  error={issue(`texts.${lang}.question`)}
                />
                <Textarea
                  label={t('safety.template.guidance', { language: t(`safety.language.${lang}`) })}
                  autosize
                  minRows={2}
                  {...form.register(`texts.${lang}.guidance`)}
                  error={issue(`texts.${lang}.guidance`)}
                />
              </Stack>
            ))}
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit" loading={submission.isPending}>
              {t('safety.template.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('safety.template.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
