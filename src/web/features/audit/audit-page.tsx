import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listAuditQuerySchema } from '../../../core/audit/audit.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { SearchInput } from '../../components/search-input.js';
import { useListParams } from '../../lib/use-list-params.js';
import { auditQuery } from './audit.api.js';
import { AuditTable } from './audit-table.js';

/** The audit log: who did what, when and from where; filterable by action. */
export function AuditPage() {
  const { t } = useTranslation();
  const { query, update } = useListParams(listAuditQuerySchema);
  const audit = useQuery(auditQuery(query));
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <SearchInput
        label={t('audit.filterAction')}
        description={t('audit.filterHint')}
        initialValue={query.action ?? ''}
        onSearch={(action) => update({ action })}
        w={{ base: '100%', xs: 320 }}
        mb="md"
        dir="ltr"
      />
      <QueryView
        query={audit}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t('audit.empty')}
      >
        {(page) => (
          <>
            <AuditTable entries={page.items} />
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
