import { Accordion, Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROADMAP_PILLARS, type RoadmapPillar } from '../../../core/capacity/capacity-codes.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/error-message.js';
import { addMilestone, ROADMAP_KEY } from './capacity.api.js';

const BLANK = {
  pillar: 'leadership' as RoadmapPillar,
  title: '',
  owner: '',
  dueDate: '',
  evidence: '',
  evidenceUrl: '',
};

/** Adds a milestone under a pillar. */
export function MilestoneForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(BLANK);
  const set = (key: keyof typeof BLANK) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: () => {
      const { evidence, evidenceUrl, ...rest } = draft;
      return addMilestone({
        ...rest,
        ...(evidence.trim() ? { evidence } : {}),
        ...(evidenceUrl.trim() ? { evidenceUrl: evidenceUrl.trim() } : {}),
      });
    },
    onSuccess: async () => {
      setDraft(BLANK);
      await queryClient.invalidateQueries({ queryKey: ROADMAP_KEY });
    },
  });
  return (
    <Accordion variant="contained" mb="md">
      <Accordion.Item value="add">
        <Accordion.Control>{t('roadmap.add.title')}</Accordion.Control>
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
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('roadmap.columns.pillar')}
                  allowDeselect={false}
                  data={ROADMAP_PILLARS.map((p) => ({
                    value: p,
                    label: t(`roadmap.pillars.${p}`),
                  }))}
                  value={draft.pillar}
                  onChange={(v) => v && set('pillar')(v)}
                />
                <TextInput
                  type="date"
                  label={t('roadmap.columns.due')}
                  required
                  value={draft.dueDate}
                  onChange={(e) => set('dueDate')(e.currentTarget.value)}
                />
                <TextInput
                  label={t('roadmap.columns.milestone')}
                  required
                  value={draft.title}
                  onChange={(e) => set('title')(e.currentTarget.value)}
                />
                <TextInput
                  label={t('roadmap.columns.owner')}
                  required
                  value={draft.owner}
                  onChange={(e) => set('owner')(e.currentTarget.value)}
                />
                <TextInput
                  label={t('roadmap.evidence')}
                  value={draft.evidence}
                  onChange={(e) => set('evidence')(e.currentTarget.value)}
                />
                <TextInput
                  label={t('roadmap.add.evidenceLink')}
                  type="url"
                  dir="ltr"
                  value={draft.evidenceUrl}
                  onChange={(e) => set('evidenceUrl')(e.currentTarget.value)}
                />
              </SimpleGrid>
              <Button type="submit" w="fit-content" loading={save.isPending}>
                {t('roadmap.add.save')}
              </Button>
            </Stack>
          </form>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
