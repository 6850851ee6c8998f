import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, FeedbackCase } from '../../../core/feedback/feedback.schema.js';
import { nextStatuses } from '../../../core/feedback/workflow.js';
import { UpdateOutcome } from './update-outcome.js';
import { useCaseUpdate } from './use-case-update.js';

/** The next steps of the loop; "responded" first asks for the reply given to the person. */
export function CaseWorkflow({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation();
  const { mutation, isConflict } = useCaseUpdate(item);
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState<string | null>(null);
  const next = nextStatuses(item.status);
  const move = (status: CaseStatus) => {
    if (status === 'responded' && !replying) {
      setReplying(true);
      return;
    }
    if (status === 'responded' && reply.trim() === '') {
      setReplyError(t('feedback.case.replyRequired'));
      return;
    }
    setReplyError(null);
    const changes = status === 'responded' ? { status, reply: reply.trim() } : { status };
    mutation.mutate(changes, {
      onSuccess: () => {
        setReplying(false);
        setReply('');
      },
    });
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="case-workflow-title">
      <Title order={2} size="h4" id="case-workflow-title">
        {t('feedback.case.workflowTitle')}
      </Title>
      {next.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('feedback.case.noNextStep')}
        </Text>
      )}
      {replying && (
        <Textarea
          label={t('feedback.case.reply')}
          description={t('feedback.case.replyHint')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          value={reply}
          onChange={(event) => setReply(event.currentTarget.value)}
          error={replyError}
          data-autofocus
        />
      )}
      <Group gap="xs">
        {next
          .filter((status) => !replying || status === 'responded')
          .map((status) => (
            <Button
              key={status}
              variant={status === 'closed' ? 'default' : 'filled'}
              loading={mutation.isPending && mutation.variables.status === status}
              disabled={mutation.isPending}
              onClick={() => move(status)}
            >
              {t(replying ? 'feedback.case.saveReply' : `feedback.moveTo.${status}`)}
            </Button>
          ))}
        {replying && (
          <Button variant="default" onClick={() => setReplying(false)}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
      <UpdateOutcome error={mutation.error} isConflict={isConflict} />
    </Stack>
  );
}
