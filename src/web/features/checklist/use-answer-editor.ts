import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { AppError } from '../../../core/errors.js';
import type { AnswerStatus } from '../../../core/checklists/answer.js';
import type { Answer, ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import { checklistKey, saveAnswer } from './checklist.api.js';

export interface AnswerDraft {
  status: AnswerStatus | null;
  justification: string;
  note: string;
}

const draftOf = (answer: Answer | null): AnswerDraft => ({
  status: answer?.status ?? null,
  justification: answer?.justification ?? '',
  note: answer?.note ?? '',
});

const isSame = (a: AnswerDraft, b: AnswerDraft) =>
  a.status === b.status &&
  a.justification.trim() === b.justification.trim() &&
  a.note.trim() === b.note.trim();

/** A draft is ready to send when answered, and justified when not applicable. */
export function needsJustification(draft: AnswerDraft): boolean {
  return draft.status === 'not_applicable' && draft.justification.trim() === '';
}

/** The answer the server holds now, from a `conflict` error. */
export function currentAnswerOf(error: unknown): Answer | null {
  if (!AppError.isAppError(error) || error.code !== 'conflict') return null;
  const current = (error.details as { current?: Answer } | undefined)?.current;
  return current && typeof current.status === 'string' ? current : null;
}

/** Saves on the server; saves of one item run one after another, each with the latest version. */
function useSaveMutation(projectId: string, item: ChecklistItemView) {
  const queryClient = useQueryClient();
  const versionRef = useRef(item.answer?.version);
  const mutation = useMutation({
    scope: { id: `answer:${projectId}:${item.id}` },
    mutationFn: (draft: AnswerDraft) =>
      saveAnswer(projectId, item.id, {
        status: draft.status ?? 'not_met',
        justification: draft.justification.trim() || undefined,
        note: draft.note.trim() || undefined,
        version: versionRef.current,
      }),
    onSuccess: ({ answer }) => {
      versionRef.current = answer.version;
      // Scores, waivers and the endorsement gate follow the new answer.
      void queryClient.invalidateQueries({ queryKey: checklistKey(projectId) });
    },
  });
  return { mutation, versionRef };
}

/** The editing state of one item's answer: draft, last saved answer, conflict. */
export function useAnswerEditor(projectId: string, item: ChecklistItemView) {
  const [draft, setDraft] = useState(() => draftOf(item.answer));
  const [saved, setSaved] = useState(() => draftOf(item.answer));
  const [conflict, setConflict] = useState<Answer | null>(null);
  const { mutation, versionRef } = useSaveMutation(projectId, item);
  const send = (next: AnswerDraft) => {
    setConflict(null);
    mutation.mutate(next, {
      onSuccess: ({ answer }) => setSaved(draftOf(answer)),
      onError: (error) => setConflict(currentAnswerOf(error)),
    });
  };
  const change = (changes: Partial<AnswerDraft>) => setDraft((d) => ({ ...d, ...changes }));
  /** One tap answers: saved at once unless a justification is still needed. */
  const choose = (status: AnswerStatus) => {
    const next = { ...draft, status };
    setDraft(next);
    if (!needsJustification(next)) send(next);
  };
  const acceptTheirs = (current: Answer) => {
    versionRef.current = current.version;
    setDraft(draftOf(current));
    setSaved(draftOf(current));
    setConflict(null);
    mutation.reset();
  };
  const keepMine = (current: Answer) => {
    versionRef.current = current.version;
    send(draft);
  };
  const isDirty = draft.status !== null && !isSame(draft, saved);
  const save = () => send(draft);
  return { draft, change, choose, save, isDirty, conflict, acceptTheirs, keepMine, mutation };
}
