import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
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
import { recordTraining, TRAININGS_KEY } from './capacity.api.js';
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

/**
 * The form of a new session: validated by the server's schema, sent with one retry key per
 * filled form (a double submit or a retried request records it once), field errors placed.
 */
export function useTrainingForm(onDone: (session: TrainingSession) => void) {
  const queryClient = useQueryClient();
  const key = useRef(newIdempotencyKey());
  // Sessions are most often held in the language the recorder works in.
  const language = useLanguage();
  const form = useForm<TrainingFormInput, unknown, TrainingFormOutput>({
    resolver: zodResolver(trainingSessionRequestSchema),
    defaultValues: { ...BLANK, language },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: TRAINING_FIELDS,
    send: (values: TrainingFormOutput) =>
      recordTraining(
        { ...values, participants: values.participants.filter((p) => p.count > 0) },
        key.current,
      ),
    onSuccess: async (session: TrainingSession) => {
      await queryClient.invalidateQueries({ queryKey: TRAININGS_KEY });
      onDone(session);
    },
  });
  return { form, submission };
}
