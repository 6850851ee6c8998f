import { Button } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listFeedbackQuerySchema } from '../../../core/feedback/feedback.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { feedbackListQuery } from './feedback.api.js';
import { FeedbackFilters } from './feedback-filters.js';
import { canLogFeedback } from './feedback-labels.js';
import { FeedbackCards, FeedbackTable } from './feedback-table.js';

/** The cases the user may see: filters, deadlines at a glance, table on desktop, cards on phones. */
export function FeedbackPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listFeedbackQuerySchema);
  const cases = useQuery(feedbackListQuery(query));
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const filtered = Boolean(
    query.status || query.channel || query.category || query.sensitivity || query.overdue,
  );
  return (
    <>
      <PageHeader
        title={t('feedback.list.title')}
        description={t('feedback.list.intro')}
        actions={
          canLogFeedback(role) && (
            <Button component={Link} to="/feedback/new">
              {t('feedback.intake.title')}
            </Button>
          )
        }
      />
      <FeedbackFilters query={query} onChange={update} />
      <QueryView
        query={cases}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t(filtered ? 'feedback.list.emptyFiltered' : 'feedback.list.empty')}
      >
        {(page) => (
          <>
            {isPhone ? <FeedbackCards items={page.items} /> : <FeedbackTable items={page.items} />}
            <PaginationBar
              page={query.page}
              pageSize={query.pageSize}
              total={page.total}
              onChange={update}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
