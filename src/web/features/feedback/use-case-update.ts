import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AppError } from '../../../core/errors.js';
import type { FeedbackCase } from '../../../core/feedback/feedback.schema.js';
import {
  FEEDBACK_QUERY_KEY,
  feedbackCaseQuery,
  updateFeedback,
  type UpdateFeedbackRequest,
} from './feedback.api.js';

export type CaseChanges = Omit<UpdateFeedbackRequest, 'version'>;

/** The case as it is now, when an update was refused as stale (`conflict` with `details.current`). */
export function currentCaseOf(error: unknown): FeedbackCase | null {
  if (!AppError.isAppError(error) || error.code !== 'conflict') return null;
  const current = (error.details as { current?: unknown } | undefined)?.current;
  return current && typeof current === 'object' ? (current as FeedbackCase) : null;
}

/**
 * Sends changes with the version on screen. On a conflict the page shows the case as it is now
 * (the typed text stays in its field) so the user checks it and tries again.
 */
export function useCaseUpdate(item: FeedbackCase) {
  const queryClient = useQueryClient();
  const key = feedbackCaseQuery(item.id).queryKey;
  const mutation = useMutation({
    mutationFn: (changes: CaseChanges) =>
      updateFeedback(item.id, { ...changes, version: item.version }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(key, updated);
      await queryClient.invalidateQueries({ queryKey: [...FEEDBACK_QUERY_KEY, 'list'] });
    },
    onError: async (error) => {
      const current = currentCaseOf(error);
      if (current) queryClient.setQueryData(key, current);
      else if (AppError.isAppError(error) && error.code === 'conflict') {
        await queryClient.invalidateQueries({ queryKey: key });
      }
    },
  });
  const isConflict = AppError.isAppError(mutation.error) && mutation.error.code === 'conflict';
  return { mutation, isConflict };
}
