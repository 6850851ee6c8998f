import { Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/query-view.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ActionsTable } from './actions-table.js';
import { actionsQuery } from './safety.api.js';
import { canAuditSafety, canReadSafety } from './safety-labels.js';

/** The site safety actions the signed-in user owns, soonest due first ("My actions"). */
export function MySafetyActions() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const readable = canReadSafety(me.role);
  const actions = useQuery({
    ...actionsQuery({ ownerId: me.id, sort: 'due', pageSize: 100 }),
    enabled: readable,
  });
  if (!readable) return null;
  return (
    <section aria-labelledby="my-safety-actions" style={{ marginTop: 'var(--mantine-spacing-xl)' }}>
      <Title order={2} fz="h3" id="my-safety-actions" mb="sm">
        {t('safety.actions.mine')}
      </Title>
      <QueryView
        query={actions}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t('safety.actions.mineEmpty')}
      >
        {(page) => <ActionsTable items={page.items} editable={canAuditSafety(me.role)} withSite />}
      </QueryView>
    </section>
  );
}
