import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  createFeedbackRequestSchema,
  type CreateFeedbackRequest,
} from '../../../core/feedback/feedback.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import {
  createFeedback,
  FEEDBACK_QUERY_KEY,
  newIdempotencyKey,
  type IntakeAnswer,
} from './feedback.api.js';

export type IntakeRequest = z.output<typeof createFeedbackRequestSchema>;

export const INTAKE_FIELDS = [
  'channel',
  'narrative',
  'language',
  'category',
  'sensitivity',
  'urgency',
  'anonymous',
  'consentToContact',
  'contact.name',
  'contact.phone',
  'contact.email',
  'contact.other',
  'submitter.sex',
  'submitter.ageBracket',
  'submitter.displacement',
] as const;

/**
 * The intake form. One idempotency key per opened form: a double tap or a retry after a lost
 * answer returns the first case instead of logging a second. Hidden fields (contact details
 * without consent, or when anonymous) are unregistered, so they are never sent.
 */
export function useIntakeForm(onDone: (answer: IntakeAnswer) => void) {
  const queryClient = useQueryClient();
  const lang = useLanguage();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<CreateFeedbackRequest, unknown, IntakeRequest>({
    resolver: zodResolver(createFeedbackRequestSchema),
    shouldUnregister: true,
    defaultValues: {
      channel: 'hotline',
      narrative: '',
      language: lang,
      sensitivity: 'non_sensitive',
      urgency: 'normal',
      anonymous: false,
      consentToContact: false,
    },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: INTAKE_FIELDS,
    send: (values: IntakeRequest) => createFeedback(values, idempotencyKey),
    onSuccess: async (answer: IntakeAnswer) => {
      await queryClient.invalidateQueries({ queryKey: FEEDBACK_QUERY_KEY });
      onDone(answer);
    },
  });
  return { form, ...submission };
}

/** An empty text field is "not given", not an empty value (an empty email would be refused). */
export const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
