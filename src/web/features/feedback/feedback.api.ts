import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateFeedbackRequest,
  updateFeedbackRequestSchema,
  FeedbackCase,
  ListFeedbackQuery,
} from '../../../core/feedback/feedback.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';

export const FEEDBACK_QUERY_KEY = ['feedback'] as const;

const casePath = (id: string) => `/api/v1/feedback/${encodeURIComponent(id)}`;

/** What intake answers when the case went to the SEA lane: a receipt, nothing more. */
export interface FeedbackReceipt {
  id: null;
  reference: string;
  receipt: string;
  restricted: true;
}

export type IntakeAnswer = FeedbackCase | FeedbackReceipt;

/** Whether intake answered with a confidential receipt only. */
export function isReceipt(answer: IntakeAnswer): answer is FeedbackReceipt {
  return 'restricted' in answer && answer.restricted === true;
}

/** One page of cases; the previous page stays on screen while the next loads. */
export function feedbackListQuery(query: ListFeedbackQuery) {
  return queryOptions({
    queryKey: [...FEEDBACK_QUERY_KEY, 'list', query],
    queryFn: () => api.get<Page<FeedbackCase>>(`/api/v1/feedback${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** One case (narrative and contact null when the role may not read them). */
export function feedbackCaseQuery(id: string) {
  return queryOptions({
    queryKey: [...FEEDBACK_QUERY_KEY, 'one', id],
    queryFn: () => api.get<FeedbackCase>(casePath(id)),
  });
}

/** Logs a case; the same key on a retry or double tap returns the first case, never a second. */
export function createFeedback(
  request: CreateFeedbackRequest,
  idempotencyKey: string,
): Promise<IntakeAnswer> {
  return api.post<IntakeAnswer>('/api/v1/feedback', request, {
    'Idempotency-Key': idempotencyKey,
  });
}

/** The change request, from the schema the server validates with. */
export type UpdateFeedbackRequest = z.input<typeof updateFeedbackRequestSchema>;

/** Moves, answers, annotates or reclassifies a case; a stale version gets `conflict`. */
export function updateFeedback(id: string, request: UpdateFeedbackRequest) {
  return api.patch<FeedbackCase>(casePath(id), request);
}

/** A fresh idempotency key (crypto.randomUUID needs a secure context; fall back otherwise). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
