import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import { errorMessage } from '../../lib/error-message.js';
import { AnswerChoices } from './answer-choices.js';
import { ConflictAlert } from './conflict-alert.js';
import { needsJustification, useAnswerEditor } from './use-answer-editor.js';

type Editor = ReturnType<typeof useAnswerEditor>;

interface AnswerEditorProps {
  projectId: string;
  item: ChecklistItemView;
  describedBy: string;
}

/** "Saving…", "Saved" or why saving failed, announced politely; and Save for edited text. */
function SaveBar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { mutation, isDirty, conflict } = editor;
  let text: string | null = null;
  if (mutation.isPending) text = t('checklist.saving');
  else if (mutation.isError && !conflict) text = errorMessage(mutation.error, t);
  else if (mutation.isSuccess && !isDirty) text = t('checklist.saved');
  const color = mutation.isError ? 'var(--mantine-color-red-light-color)' : 'dimmed';
  return (
    <Group gap="sm" justify="space-between">
      <Text size="sm" c={color} aria-live="polite" role="status">
        {text}
      </Text>
      {isDirty && (
        <Button
          size="xs"
          onClick={editor.save}
          disabled={needsJustification(editor.draft)}
          loading={mutation.isPending}
        >
          {t('checklist.save')}
        </Button>
      )}
    </Group>
  );
}

/** The justification (required when not applicable) and the evidence note. */
function AnswerTexts({ editor, item }: { editor: Editor; item: ChecklistItemView }) {
  const { t } = useTranslation();
  const { draft, change } = editor;
  const showJustification = draft.status === 'not_applicable' || draft.justification !== '';
  const common = { autosize: true, maxLength: 4000, dir: 'auto' } as const;
  return (
    <>
      {showJustification && (
        <Textarea
          {...common}
          label={t('checklist.justification')}
          description={t('checklist.justificationHint')}
          required={draft.status === 'not_applicable'}
          value={draft.justification}
          onChange={(event) => change({ justification: event.currentTarget.value })}
          error={needsJustification(draft) ? t('checklist.justificationRequired') : undefined}
          minRows={2}
        />
      )}
      <Textarea
        {...common}
        label={t('checklist.note')}
        description={t(item.evidenceRequired ? 'checklist.noteEvidenceHint' : 'checklist.noteHint')}
        value={draft.note}
        onChange={(event) => change({ note: event.currentTarget.value })}
        minRows={1}
      />
    </>
  );
}

/** Answer, justification and evidence note of one item, saved with the version it started from. */
export function AnswerEditor({ projectId, item, describedBy }: AnswerEditorProps) {
  const editor = useAnswerEditor(projectId, item);
  const { conflict } = editor;
  return (
    <Stack gap="xs">
      <AnswerChoices
        value={editor.draft.status}
        onChange={editor.choose}
        describedBy={describedBy}
      />
      <AnswerTexts editor={editor} item={item} />
      <SaveBar editor={editor} />
      {conflict && (
        <ConflictAlert
          current={conflict}
          onAcceptTheirs={() => editor.acceptTheirs(conflict)}
          onKeepMine={() => editor.keepMine(conflict)}
        />
      )}
    </Stack>
  );
}
