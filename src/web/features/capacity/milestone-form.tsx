import { Accordion, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROADMAP_PILLARS, type RoadmapPillar } from '../../../core/capacity/capacity-codes.js';
import type { Milestone } from '../../../core/capacity/roadmap.schema.js';
import { addMilestone, ROADMAP_KEY, updateMilestone } from './capacity.api.js';
import { fieldError } from './capacity-conflict.js';
import { SaveProblem, useRecordDraft } from './use-record-draft.js';

const BLANK = {
  pillar: 'leadership' as RoadmapPillar,
  title: '',
  owner: '',
  dueDate: '',
  evidence: '',
  evidenceUrl: '',
};
type Draft = typeof BLANK;

const draftOf = (m: Milestone): Draft => ({
  pillar: m.pillar,
  title: m.title,
  owner: m.owner,
  dueDate: m.dueDate,
  evidence: m.evidence ?? '',
  evidenceUrl: m.evidenceUrl ?? '',
});

/** Saves a draft: an empty evidence field clears it; an edit keeps the status and sends the version. */
function useSaveMilestone(onSaved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ draft, milestone }: { draft: Draft; milestone?: Milestone }) => {
      const { evidence, evidenceUrl, ...rest } = draft;
      const body = {
        ...rest,
        ...(evidence.trim() ? { evidence } : {}),
        ...(evidenceUrl.trim() ? { evidenceUrl: evidenceUrl.trim() } : {}),
      };
      return milestone
        ? updateMilestone(milestone.id, {
            ...body,
            status: milestone.status,
            version: milestone.version,
          })
        : addMilestone(body);
    },
    onSuccess: async () => {
      onSaved();
      await queryClient.invalidateQueries({ queryKey: ROADMAP_KEY });
    },
  });
}

/** The fields of a milestone, new or edited (`milestone`), server field errors next to them. */
export function MilestoneEditor({
  milestone,
  onDone,
}: {
  milestone?: Milestone;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const { current, draft, set, load, clear } = useRecordDraft(milestone, draftOf, BLANK);
  const save = useSaveMilestone(() => {
    if (!milestone) clear();
    onDone?.();
  });
  const issue = (name: string) => fieldError(save.error, name);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ draft, ...(current ? { milestone: current } : {}) });
      }}
    >
      <Stack maw={640}>
        <SaveProblem<Milestone>
          error={save.error}
          onLoadLatest={(latest) => {
            load(latest);
            save.reset();
          }}
        />
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
            error={issue('pillar')}
          />
          <TextInput
            type="date"
            label={t('roadmap.columns.due')}
            required
            value={draft.dueDate}
            onChange={(e) => set('dueDate')(e.currentTarget.value)}
            error={issue('dueDate')}
          />
          <TextInput
            label={t('roadmap.columns.milestone')}
            required
            value={draft.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
            error={issue('title')}
          />
          <TextInput
            label={t('roadmap.columns.owner')}
            required
            value={draft.owner}
            onChange={(e) => set('owner')(e.currentTarget.value)}
            error={issue('owner')}
          />
          <TextInput
            label={t('roadmap.evidence')}
            value={draft.evidence}
            onChange={(e) => set('evidence')(e.currentTarget.value)}
            error={issue('evidence')}
          />
          <TextInput
            label={t('roadmap.add.evidenceLink')}
            type="url"
            dir="ltr"
            value={draft.evidenceUrl}
            onChange={(e) => set('evidenceUrl')(e.currentTarget.value)}
            error={issue('evidenceUrl')}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" w="fit-content" loading={save.isPending}>
            {t(milestone ? 'roadmap.edit.save' : 'roadmap.add.save')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('roadmap.edit.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Adds a milestone under a pillar. */
export function MilestoneForm() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" mb="md">
      <Accordion.Item value="add">
        <Accordion.Control>{t('roadmap.add.title')}</Accordion.Control>
        <Accordion.Panel>
          <MilestoneEditor />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
