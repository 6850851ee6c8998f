import {
  Accordion,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { WORK_AREAS, type WorkArea } from '../../../core/capacity/capacity-codes.js';
import type { GuidanceEntry } from '../../../core/capacity/guidance.schema.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../core/shared/language.js';
import { useLanguage } from '../../i18n/use-language.js';
import { addGuidance, GUIDANCE_KEY, updateGuidance } from './capacity.api.js';
import { fieldError } from './capacity-conflict.js';
import { SaveProblem, useRecordDraft } from './use-record-draft.js';

interface Draft {
  area: WorkArea;
  title: string;
  description: string;
  languages: LanguageCode[];
  publisher: string;
  year: number | null;
  url: string;
}

function draftOf(entry: GuidanceEntry): Draft {
  const text = entry.texts[entry.textLanguage] ?? entry;
  return {
    area: entry.area,
    title: text.title,
    description: text.description,
    languages: entry.languages,
    publisher: entry.publisher,
    year: entry.year,
    url: entry.url ?? '',
  };
}

/**
 * Saves a draft: a new entry is written in the interface language; an edit rewrites the text of
 * the language shown and keeps the others (a shipped entry becomes the organisation's own).
 */
function useSaveGuidance(lang: LanguageCode, onSaved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ draft, entry }: { draft: Draft; entry?: GuidanceEntry }) => {
      const textLanguage = entry?.textLanguage ?? lang;
      const body = {
        area: draft.area,
        texts: {
          ...entry?.texts,
          [textLanguage]: { title: draft.title, description: draft.description },
        },
        languages: draft.languages,
        publisher: draft.publisher,
        year: draft.year,
        url: draft.url.trim() || null,
      };
      return entry ? updateGuidance(entry, { ...body, version: entry.version }) : addGuidance(body);
    },
    onSuccess: async () => {
      onSaved();
      await queryClient.invalidateQueries({ queryKey: GUIDANCE_KEY });
    },
  });
}

interface EditorProps {
  /** The entry to edit; a new one when absent. */
  entry?: GuidanceEntry;
  onDone?: () => void;
}

/** The fields of an entry, new or edited, with the server's field errors next to them. */
export function GuidanceEditor({ entry, onDone }: EditorProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const blank: Draft = {
    area: 'protection',
    title: '',
    description: '',
    languages: [lang],
    publisher: '',
    year: null,
    url: '',
  };
  const { current, draft, set, load, clear } = useRecordDraft(entry, draftOf, blank);
  const save = useSaveGuidance(lang, () => {
    if (!entry) clear();
    onDone?.();
  });
  const textLanguage = current?.textLanguage ?? lang;
  const issue = (name: string) => fieldError(save.error, name);
  return (
    <form
      noValidate
      lang={textLanguage}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ draft, ...(current ? { entry: current } : {}) });
      }}
    >
      <Stack maw={640}>
        <SaveProblem<GuidanceEntry>
          error={save.error}
          onLoadLatest={(latest) => {
            load(latest);
            save.reset();
          }}
        />
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
          error={issue(`texts.${textLanguage}.title`) ?? issue('texts')}
        />
        <Textarea
          label={t('guidance.add.description')}
          required
          autosize
          minRows={2}
          value={draft.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          error={issue(`texts.${textLanguage}.description`)}
        />
        <MultiSelect
          label={t('guidance.add.languages')}
          data={LANGUAGE_CODES.map((l) => ({
            value: l,
            label: t(`guidance.languages.${l}`),
          }))}
          value={draft.languages}
          onChange={(v) => set('languages')(v as LanguageCode[])}
          error={issue('languages')}
        />
        <TextInput
          label={t('guidance.add.publisher')}
          required
          value={draft.publisher}
          onChange={(e) => set('publisher')(e.currentTarget.value)}
          error={issue('publisher')}
        />
        <NumberInput
          label={t('guidance.add.year')}
          min={1945}
          max={2100}
          value={draft.year ?? ''}
          onChange={(v) => set('year')(typeof v === 'number' ? v : null)}
          error={issue('year')}
        />
        <TextInput
          label={t('guidance.add.link')}
          description={t('guidance.add.linkHint')}
          type="url"
          dir="ltr"
          value={draft.url}
          onChange={(e) => set('url')(e.currentTarget.value)}
          error={issue('url')}
        />
        <Group gap="sm">
          <Button type="submit" w="fit-content" loading={save.isPending}>
            {t(entry ? 'guidance.edit.save' : 'guidance.add.save')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('guidance.edit.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Adds guidance of the organisation's own, written in the interface language. */
export function GuidanceForm() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" mb="md">
      <Accordion.Item value="add">
        <Accordion.Control>{t('guidance.add.title')}</Accordion.Control>
        <Accordion.Panel>
          <GuidanceEditor />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
