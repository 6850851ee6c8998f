import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/empty-message.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { auditQuery } from './audit.api.js';
import { AuditTable } from './audit-table.js';
import { listAuditQuerySchema } from '../../../core/audit/audit.schema.js';
import { useListParams } from '../../lib/use-list-params.js';

/** The audit log: who did what, when and from where; filterable by action. */
export function AuditPage() {
  const { t } = useTranslation();
  const { query, update } = useListParams(listAuditQuerySchema);
  const audit = useQuery(auditQuery(query));
  const [action, setAction] = useState(query.action ?? '');
  const sendAction = useDebouncedCallback((value: string) => update({ action: value.trim() }), 350);
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <TextInput
        type="search"
        label={t('audit.filterAction')}
        description={t('audit.filterHint')}
        value={action}
        onChange={(event) => {
          setAction(event.currentTarget.value);
          sendAction(event.currentTarget.value);
        }}
        w={{ base: '100%', xs: 320 }}
        mb="md"
        autoComplete="off"
        dir="ltr"
      />
      {audit.isPending && <PageLoader />}
      {audit.isError && <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data && audit.data.items.length === 0 && <EmptyMessage>{t('audit.empty')}</EmptyMessage>}
      {audit.data && audit.data.items.length > 0 && (
        <>
          <AuditTable entries={audit.data.items} />
          <PaginationBar
            page={query.page}
            pageSize={query.pageSize}
            total={audit.data.total}
            onPageChange={(page) => update({ page })}
            onPageSizeChange={(pageSize) => update({ pageSize })}
          />
        </>
      )}
    </>
  );
}
