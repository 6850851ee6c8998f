import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { AppError } from '../../../core/errors.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import {
  COMMUNITY_UPDATES_QUERY_KEY,
  createUpdate,
  patchUpdate,
  updateFormSchema,
  type CommunityUpdate,
  type UpdateFormValues,
} from './community-updates.api.js';
import type { Period } from './updates-trends.js';

export const UPDATE_FIELDS = ['language', 'title', 'youSaid', 'weDid'] as const;

/**
 * The composer: a new draft for the chosen period, or the draft being edited (its period and
 * language stay as saved). A stale edit is refused (`conflict`); the list then shows the latest.
 */
export function useUpdateComposer(
  editing: CommunityUpdate | null,
  period: Period,
  onSaved: (update: CommunityUpdate) => void,
) {
  const queryClient = useQueryClient();
  const lang = useLanguage();
  const [conflict, setConflict] = useState(false);
  const form = useForm<z.input<typeof updateFormSchema>, unknown, UpdateFormValues>({
    resolver: zodResolver(updateFormSchema),
    defaultValues: editing
      ? {
          language: editing.language,
          title: editing.title,
          youSaid: editing.youSaid,
          weDid: editing.weDid,
        }
      : { language: lang, title: '', youSaid: '', weDid: '' },
  });
  const refreshList = () =>
    queryClient.invalidateQueries({ queryKey: COMMUNITY_UPDATES_QUERY_KEY });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: UPDATE_FIELDS,
    send: (values: UpdateFormValues) => {
      setConflict(false);
      if (!editing) {
        return createUpdate({ ...values, periodFrom: period.from, periodTo: period.to });
      }
      const { title, youSaid, weDid } = values;
      return patchUpdate(editing.id, { title, youSaid, weDid, version: editing.version });
    },
    onSuccess: async (saved: CommunityUpdate) => {
      await refreshList();
      onSaved(saved);
    },
    handleError: async (error) => {
      if (!AppError.isAppError(error) || error.code !== 'conflict') return false;
      setConflict(true);
      await refreshList();
      return true;
    },
  });
  return { form, conflict, ...submission };
}
