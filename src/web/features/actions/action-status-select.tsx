import { NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
} from '../../../core/projects/action.schema.js';
import { errorMessage } from '../../lib/error-message.js';
import { ACTIONS_QUERY_KEY, updateAction } from './actions.api.js';

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'actions.status.open',
  in_progress: 'actions.status.in_progress',
  done: 'actions.status.done',
};

/** Changes an action's status in place; a stale version reloads the list and says so. */
export function ActionStatusSelect({ action }: { action: Action }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (status: ActionStatus) =>
      updateAction(action.id, { status, version: action.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ACTIONS_QUERY_KEY }),
  });
  return (
    <Stack gap={2}>
      <NativeSelect
        aria-label={t('actions.statusOf', { title: action.title })}
        value={mutation.isPending ? mutation.variables : action.status}
        onChange={(event) => mutation.mutate(event.currentTarget.value as ActionStatus)}
        disabled={mutation.isPending}
        data={ACTION_STATUSES.map((status) => ({
          value: status,
          label: t(ACTION_STATUS_LABELS[status]),
        }))}
        size="xs"
        w={150}
      />
      {mutation.isError && (
        <Text size="xs" c="var(--mantine-color-red-light-color)" role="alert">
          {errorMessage(mutation.error, t)}
        </Text>
      )}
    </Stack>
  );
}
