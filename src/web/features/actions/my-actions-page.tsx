import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { ACTION_EDITORS, useCan } from '../../lib/permissions.js';
import { myActionsQuery } from './actions.api.js';
import { MySafetyActions } from '../safety/my-safety-actions.js';
import { ActionsTable } from './actions-table.js';

/** The actions the signed-in user owns: of project action plans, then of site safety audits. */
export function MyActionsPage() {
  const { t } = useTranslation();
  const query = useQuery(myActionsQuery);
  const canEdit = useCan('actions', 'update', ACTION_EDITORS);
  return (
    <>
      <PageHeader title={t('actions.mineTitle')} description={t('actions.mineIntro')} />
      <QueryView
        query={query}
        isEmpty={(data) => data.items.length === 0}
        emptyMessage={t('actions.mineEmpty')}
      >
        {(data) => (
          <ActionsTable
            actions={data.items}
            caption={t('actions.mineTitle')}
            withProject
            canEdit={canEdit}
          />
        )}
      </QueryView>
      <MySafetyActions />
    </>
  );
}
