import { Grid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { todayIso } from '../../lib/today.js';
import { useCurrentUser } from '../auth/use-me.js';
import { communityUpdatesQuery, type CommunityUpdate } from './community-updates.api.js';
import { canWorkFeedback } from './feedback-labels.js';
import { PublishUpdateModal } from './publish-update-modal.js';
import { UpdateComposer } from './update-composer.js';
import { UpdatesList } from './updates-list.js';
import { UpdatesTrends, type Period } from './updates-trends.js';

/** The last 90 days, today included. */
function defaultPeriod(): Period {
  const now = new Date();
  return { from: todayIso(new Date(now.getTime() - 89 * 86_400_000)), to: todayIso(now) };
}

/**
 * "You said, we did": the desk writes what the community told us and what was done, from the
 * trends of a period, then publishes it. Managers and M&E officers read the list only.
 */
export function UpdatesPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const desk = canWorkFeedback(role);
  const updates = useQuery(communityUpdatesQuery);
  const [period, setPeriod] = useState(defaultPeriod);
  const [editing, setEditing] = useState<CommunityUpdate | null>(null);
  const [publishing, setPublishing] = useState<CommunityUpdate | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const edit = (update: CommunityUpdate) => {
    setEditing(update);
    setPeriod({ from: update.periodFrom, to: update.periodTo });
    setNotice(null);
    requestAnimationFrame(() => document.getElementById('update-composer-title')?.scrollIntoView());
  };
  const saved = () => {
    setEditing(null);
    setNotice(t('feedback.updates.saved'));
  };
  return (
    <>
      <PageHeader
        title={t('feedback.updates.pageTitle')}
        description={t('feedback.updates.intro')}
      />
      <SuccessAlert message={notice} onClose={() => setNotice(null)} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: desk ? 5 : 12 }}>
          <UpdatesTrends period={period} onChange={setPeriod} />
        </Grid.Col>
        {desk && (
          <Grid.Col span={{ base: 12, md: 7 }}>
            <UpdateComposer
              key={editing ? `${editing.id}:${editing.version}` : 'new'}
              editing={editing}
              period={period}
              onSaved={saved}
              onCancel={() => setEditing(null)}
            />
          </Grid.Col>
        )}
      </Grid>
      <Stack gap="sm" mt="xl" component="section" aria-labelledby="updates-list-title">
        <Title order={2} size="h4" id="updates-list-title">
          {t('feedback.updates.listTitle')}
        </Title>
        <QueryView
          query={updates}
          isEmpty={(data) => data.items.length === 0}
          emptyMessage={t('feedback.updates.empty')}
        >
          {(data) => (
            <UpdatesList
              items={data.items}
              onEdit={desk ? edit : undefined}
              onPublish={desk ? setPublishing : undefined}
            />
          )}
        </QueryView>
      </Stack>
      <PublishUpdateModal
        update={publishing}
        onClose={() => setPublishing(null)}
        onPublished={(published) => {
          if (editing?.id === published.id) setEditing(null);
          setNotice(t('feedback.updates.publishedNotice'));
        }}
      />
    </>
  );
}
