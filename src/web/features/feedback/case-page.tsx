import { Anchor, Button, Divider, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FeedbackCase } from '../../../core/feedback/feedback.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { useCurrentUser } from '../auth/use-me.js';
import { canRefer } from '../services/services.api.js';
import { SensitivityBadge, StatusBadge } from './feedback-badges.js';
import { feedbackCaseQuery } from './feedback.api.js';
import { canWorkFeedback } from './feedback-labels.js';
import { CaseContent } from './case-content.js';
import { CaseFacts, TriageFlags } from './case-facts.js';
import { CaseNote } from './case-note.js';
import { CaseReclassify } from './case-reclassify.js';
import { CaseWorkflow } from './case-workflow.js';

function CaseHeader({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  return (
    <Stack gap={6} mb="md">
      <Anchor component={Link} to="/feedback" size="sm">
        {t('feedback.case.back')}
      </Anchor>
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('feedback.case.title', { reference: item.reference })}
      </Title>
      <Group gap="xs">
        <StatusBadge value={item.status} />
        <SensitivityBadge value={item.sensitivity} />
      </Group>
      <TriageFlags item={item} />
      {canRefer(role) && (
        <Group>
          <Button component={Link} to={`/directory?caseId=${item.id}`} variant="default">
            {t('feedback.case.refer')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Desk tools: the next steps, a note, reclassification. */
function CaseTools({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation();
  return (
    <>
      <Divider my="xs" />
      <CaseWorkflow item={item} />
      <Divider my="xs" />
      <Stack gap="xs" component="section" aria-labelledby="case-notes-title">
        <Title order={2} size="h4" id="case-notes-title">
          {t('feedback.case.notesTitle')}
        </Title>
        <CaseNote item={item} />
      </Stack>
      <Divider my="xs" />
      <Stack gap="xs" component="section" aria-labelledby="case-reclassify-title">
        <Title order={2} size="h4" id="case-reclassify-title">
          {t('feedback.case.reclassifyTitle')}
        </Title>
        <CaseReclassify item={item} />
      </Stack>
    </>
  );
}

/** One case: facts, deadlines, narrative and contact (as the role allows), and the desk's tools. */
export function CasePage() {
  const { id = '' } = useParams();
  const { role } = useCurrentUser();
  const query = useQuery(feedbackCaseQuery(id));
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const item = query.data;
  const isDesk = canWorkFeedback(role);
  return (
    <Stack gap="md" maw={960}>
      <CaseHeader item={item} />
      <CaseFacts item={item} />
      <CaseContent item={item} isDesk={isDesk} />
      {isDesk && <CaseTools item={item} />}
    </Stack>
  );
}
