import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackCase } from '../../../core/feedback/feedback.schema.js';
import { UpdateOutcome } from './update-outcome.js';
import { useCaseUpdate } from './use-case-update.js';

/** A note on the case (kept encrypted, visible to the desk). */
export function CaseNote({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation();
  const { mutation, isConflict } = useCaseUpdate(item);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const save = () => {
    if (note.trim() === '') return;
    setSaved(null);
    mutation.mutate(
      { note: note.trim() },
      {
        onSuccess: () => {
          setNote('');
          setSaved(t('feedback.case.noteSaved'));
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('feedback.case.note')}
        autosize
        minRows={2}
        maxLength={4000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Group>
        <Button
          variant="default"
          onClick={save}
          loading={mutation.isPending}
          disabled={note.trim() === ''}
        >
          {t('feedback.case.addNote')}
        </Button>
      </Group>
      <UpdateOutcome error={mutation.error} isConflict={isConflict} saved={saved} />
    </Stack>
  );
}
