import { Button, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listRiskAnalysesQuerySchema } from '../../../core/risk/risk-analysis-api.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { riskListQuery } from './risk.api.js';
import { RiskFilters } from './risk-filters.js';
import { canEditRisks } from './risk-labels.js';
import { RiskTable } from './risk-table.js';

/** Recorded analyses in the user's countries: filters, sortable table, pagination. */
export function RisksPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listRiskAnalysesQuerySchema);
  const list = useQuery(riskListQuery(query));
  const filtered = Boolean(
    query.country || query.location || query.risk || query.band || query.from || query.to,
  );
  return (
    <>
      <PageHeader
        title={t('risk.list.title')}
        description={t('risk.list.intro')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/risks/matrix" variant="default">
              {t('risk.matrix.title')}
            </Button>
            {canEditRisks(role) && (
              <Button component={Link} to="/risks/new">
                {t('risk.form.title')}
              </Button>
            )}
          </Group>
        }
      />
      <RiskFilters query={query} onChange={update} />
      <QueryView
        query={list}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t(filtered ? 'risk.list.emptyFiltered' : 'risk.list.empty')}
      >
        {(page) => (
          <>
            <RiskTable items={page.items} sort={query.sort} onSort={(sort) => update({ sort })} />
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
