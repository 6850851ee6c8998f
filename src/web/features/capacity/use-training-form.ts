import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { PARTICIPANT_TYPES } from '../../../core/capacity/capacity-codes.js';
import {
  trainingSessionRequestSchema,
  type TrainingSession,
} from '../../../core/capacity/training.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { todayIso } from '../../lib/today.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { recordTraining, TRAININGS_KEY, updateTraining } from './capacity.api.js';
import { staleCurrent } from './capacity-conflict.js';
import { newIdempotencyKey } from './capacity-labels.js';

export type TrainingFormInput = z.input<typeof trainingSessionRequestSchema>;
export type TrainingFormOutput = z.output<typeof trainingSessionRequestSchema>;

/** The sexes the form asks for; `not_stated` stays an API value for imports. */
export const FORM_SEXES = ['female', 'male', 'other'] as const;

export const TRAINING_FIELDS = [
  'topic',
  'topicOther',
  'date',
  'locationPcode',
  'projectId',
  'facilitator',
  'language',
  'participants',
  'traineeIds',
] as const;

const BLANK: TrainingFormInput = {
  topic: 'psea',
  date: todayIso(),
  locationPcode: '',
  facilitator: '',
  language: 'en',
  participants: PARTICIPANT_TYPES.flatMap((participantType) =>
    FORM_SEXES.map((sex) => ({ participantType, sex, count: 0 })),
  ),
  traineeIds: [],
};

/** The form's values of a recorded session: the full type × sex grid, then any other counts. */
function valuesOf(session: TrainingSession): TrainingFormInput {
  const grid = BLANK.participants.map((cell) => ({
    ...cell,
    count:
      session.participants.find(
        (p) => p.participantType === cell.participantType && p.sex === cell.sex,
      )?.count ?? 0,
  }));
  const others = session.participants.filter(
    (p) => !(FORM_SEXES as readonly string[]).includes(p.sex),
  );
  return {
    topic: session.topic,
    ...(session.topicOther ? { topicOther: session.topicOther } : {}),
    date: session.date,
    locationPcode: session.place.pcode,
    ...(session.project ? { projectId: session.project.id } : {}),
    facilitator: session.facilitator,
    language: session.language as TrainingFormInput['language'],
    participants: [...grid, ...others],
    traineeIds: session.trainees.map((p) => p.id),
  };
}

/**
 * The form of a new session or of a recorded one (`existing`, revised with its version; a
 * concurrent change is offered to load). A new one: validated by the server's schema, sent with one retry key per
 * filled form (a double submit or a retried request records it once), field errors placed.
 */
export function useTrainingForm(
  onDone: (session: TrainingSession) => void,
  existing?: TrainingSession,
) {
  const queryClient = useQueryClient();
  const key = useRef(newIdempotencyKey());
  // Sessions are most often held in the language the recorder works in.
  const language = useLanguage();
  const form = useForm<TrainingFormInput, unknown, TrainingFormOutput>({
    resolver: zodResolver(trainingSessionRequestSchema),
    defaultValues: existing ? valuesOf(existing) : { ...BLANK, language },
  });
  const [base, setBase] = useState(existing);
  const [conflict, setConflict] = useState<TrainingSession | null>(null);
  const submission = useServerSubmit({
    setError: form.setError,
    fields: TRAINING_FIELDS,
    send: (values: TrainingFormOutput) => {
      const body = { ...values, participants: values.participants.filter((p) => p.count > 0) };
      return base
        ? updateTraining(base.id, { ...body, version: base.version })
        : recordTraining(body, key.current);
    },
    onSuccess: async (session: TrainingSession) => {
      await queryClient.invalidateQueries({ queryKey: TRAININGS_KEY });
      onDone(session);
    },
    handleError: (error) => {
      const current = staleCurrent<TrainingSession>(error);
      if (current) setConflict(current);
      return current !== undefined;
    },
  });
  const loadLatest = () => {
    if (!conflict) return;
    setBase(conflict);
    form.reset(valuesOf(conflict));
    setConflict(null);
  };
  return { form, submission, conflict, loadLatest };
}
