import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import {
  createActionRequestSchema,
  type Action,
  type CreateActionRequest,
} from '../../../core/projects/action.schema.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ACTIONS_QUERY_KEY, createAction } from './actions.api.js';

const FIELDS = ['title', 'description', 'ownerId', 'dueDate', 'itemId'] as const;

/** The new-action form and its submission; the action lists reload after. */
export function useCreateActionForm(
  projectId: string,
  itemId: string | undefined,
  onCreated: (action: Action) => void,
) {
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const form = useForm({
    resolver: zodResolver(createActionRequestSchema),
    // Whoever records an action owns it until they hand it over.
    defaultValues: { title: '', itemId, ownerId: me.id },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: FIELDS,
    send: (values: CreateActionRequest) => createAction(projectId, values),
    onSuccess: async (action: Action) => {
      await queryClient.invalidateQueries({ queryKey: ACTIONS_QUERY_KEY });
      onCreated(action);
    },
  });
  return { form, ...submission };
}
