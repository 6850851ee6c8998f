import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { AppError } from '../../../core/errors.js';
import { SEXES } from '../../../core/reach/sex.js';
import {
  consultationFieldsSchema,
  type ConsultationFields,
  type ConsultationFieldsInput,
} from '../../../core/participation/consultation.schema.js';
import type { Consultation } from '../../../core/participation/participation-api.schema.js';
import { hasErrorCode } from '../../api/client.js';
import { todayIso } from '../../lib/today.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { newSubmissionKey } from './participation-labels.js';
import {
  createConsultation,
  PARTICIPATION_QUERY_KEY,
  updateConsultation,
} from './participation.api.js';

export const CONSULTATION_FIELDS = [
  'heldOn',
  'locationPcode',
  'projectId',
  'method',
  'facilitator',
  'languages',
  'topics',
  'participants',
  'groups',
  'issues',
  'decisions',
] as const;

/** Every sex × bracket cell, with the counts recorded (0 elsewhere), so the grid is complete. */
export function participantGrid(
  brackets: readonly string[],
  recorded: Consultation['participants'] = [],
) {
  return brackets.flatMap((ageBracket) =>
    SEXES.map((sex) => ({
      sex,
      ageBracket,
      count: recorded.find((c) => c.sex === sex && c.ageBracket === ageBracket)?.count ?? 0,
    })),
  );
}

/** The form values of a stored consultation, or of a new one. */
export function valuesOf(brackets: readonly string[], c?: Consultation): ConsultationFieldsInput {
  if (!c)
    return {
      heldOn: todayIso(),
      locationPcode: '',
      projectId: null,
      method: 'focus_group_discussion',
      facilitator: '',
      languages: [],
      topics: [],
      participants: participantGrid(brackets),
      groups: [],
      issues: [],
      decisions: [],
    };
  return {
    heldOn: c.heldOn,
    locationPcode: c.locationPcode,
    projectId: c.project?.id ?? null,
    method: c.method,
    facilitator: c.facilitator,
    languages: c.languages,
    topics: c.topics,
    participants: participantGrid(brackets, c.participants),
    groups: c.groups,
    issues: c.issues,
    decisions: c.decisions.map(({ description, link, projectId, actionId, feedbackCategory }) => ({
      description,
      link,
      ...(link === 'project' ? { projectId } : {}),
      ...(link === 'action' ? { actionId } : {}),
      ...(link === 'feedback_trend' ? { feedbackCategory } : {}),
    })),
  };
}

/** What is sent: empty cells and groups left out, each decision with only its own link. */
function toRequest(values: ConsultationFields): ConsultationFieldsInput {
  return {
    ...values,
    participants: values.participants.filter((c) => c.count > 0),
    groups: values.groups.filter((g) => g.count > 0),
    decisions: values.decisions.map((d) => ({
      description: d.description,
      link: d.link,
      ...(d.link === 'project' ? { projectId: d.projectId } : {}),
      ...(d.link === 'action' ? { actionId: d.actionId } : {}),
      ...(d.link === 'feedback_trend' ? { feedbackCategory: d.feedbackCategory } : {}),
    })),
  };
}

/**
 * The form of one consultation, new or revised, validated by the server's schema. A new one is
 * sent with an idempotency key kept until it succeeds, so a retry after a lost answer records it
 * once; a revision carries its version, and a concurrent change is offered to load.
 */
export function useConsultationForm(
  brackets: readonly string[],
  onDone: (c: Consultation) => void,
  existing?: Consultation,
) {
  const queryClient = useQueryClient();
  const key = useRef(newSubmissionKey());
  const [conflict, setConflict] = useState<Consultation | null>(null);
  const [base, setBase] = useState(existing);
  const form = useForm<ConsultationFieldsInput, unknown, ConsultationFields>({
    resolver: zodResolver(consultationFieldsSchema),
    defaultValues: valuesOf(brackets, existing),
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: CONSULTATION_FIELDS,
    send: (values: ConsultationFields) =>
      base
        ? updateConsultation(base.id, { ...toRequest(values), version: base.version })
        : createConsultation(toRequest(values), key.current),
    onSuccess: async (saved: Consultation) => {
      key.current = newSubmissionKey();
      await queryClient.invalidateQueries({ queryKey: PARTICIPATION_QUERY_KEY });
      onDone(saved);
    },
    handleError: (error) => {
      if (!hasErrorCode(error, 'conflict') || !AppError.isAppError(error)) return false;
      setConflict((error.details as { current?: Consultation }).current ?? null);
      return true;
    },
  });
  const loadLatest = () => {
    if (!conflict) return;
    setBase(conflict);
    form.reset(valuesOf(brackets, conflict));
    setConflict(null);
  };
  return { form, ...submission, conflict, loadLatest };
}
