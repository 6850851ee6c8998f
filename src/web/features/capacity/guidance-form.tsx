import {
  Accordion,
  Button,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_AREAS, type WorkArea } from '../../../core/capacity/capacity-codes.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../core/shared/language.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/error-message.js';
import { useLanguage } from '../../i18n/use-language.js';
import { addGuidance, GUIDANCE_KEY } from './capacity.api.js';

interface Draft {
  area: WorkArea;
  title: string;
  description: string;
  languages: LanguageCode[];
  publisher: string;
  year: number | null;
  url: string;
}

/** Adds guidance of the organisation's own, written in the interface language. */
export function GuidanceForm() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const blank: Draft = {
    area: 'protection',
    title: '',
    description: '',
    languages: [lang],
    publisher: '',
    year: null,
    url: '',
  };
  const [draft, setDraft] = useState<Draft>(blank);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      addGuidance({
        area: draft.area,
        texts: { [lang]: { title: draft.title, description: draft.description } },
        languages: draft.languages,
        publisher: draft.publisher,
        year: draft.year,
        url: draft.url.trim() || null,
      }),
    onSuccess: async () => {
      setDraft(blank);
      await queryClient.invalidateQueries({ queryKey: GUIDANCE_KEY });
    },
  });
  return (
    <Accordion variant="contained" mb="md">
      <Accordion.Item value="add">
        <Accordion.Control>{t('guidance.add.title')}</Accordion.Control>
        <Accordion.Panel>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            <Stack maw={640}>
              <FormAlert message={save.isError ? errorMessage(save.error, t) : null} />
              <Select
                label={t('guidance.area')}
                allowDeselect={false}
                data={WORK_AREAS.map((a) => ({ value: a, label: t(`guidance.areas.${a}`) }))}
                value={draft.area}
                onChange={(v) => v && set('area')(v as WorkArea)}
              />
              <TextInput
                label={t('guidance.add.docTitle')}
                required
                value={draft.title}
                onChange={(e) => set('title')(e.currentTarget.value)}
              />
              <Textarea
                label={t('guidance.add.description')}
                required
                autosize
                minRows={2}
                value={draft.description}
                onChange={(e) => set('description')(e.currentTarget.value)}
              />
              <MultiSelect
                label={t('guidance.add.languages')}
                data={LANGUAGE_CODES.map((l) => ({
                  value: l,
                  label: t(`guidance.languages.${l}`),
                }))}
                value={draft.languages}
                onChange={(v) => set('languages')(v as LanguageCode[])}
              />
              <TextInput
                label={t('guidance.add.publisher')}
                required
                value={draft.publisher}
                onChange={(e) => set('publisher')(e.currentTarget.value)}
              />
              <NumberInput
                label={t('guidance.add.year')}
                min={1945}
                max={2100}
                value={draft.year ?? ''}
                onChange={(v) => set('year')(typeof v === 'number' ? v : null)}
              />
              <TextInput
                label={t('guidance.add.link')}
                description={t('guidance.add.linkHint')}
                type="url"
                dir="ltr"
                value={draft.url}
                onChange={(e) => set('url')(e.currentTarget.value)}
              />
              <Button type="submit" w="fit-content" loading={save.isPending}>
                {t('guidance.add.save')}
              </Button>
            </Stack>
          </form>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
