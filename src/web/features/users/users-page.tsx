import { Alert, Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/empty-message.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { CreateUserModal } from './create-user-modal.js';
import { EditUserModal } from './edit-user-modal.js';
import { listUsersQuerySchema, type User } from '../../../core/users/user.schema.js';
import { useListParams } from '../../lib/use-list-params.js';
import { usersQuery } from './users.api.js';
import { UsersFilters } from './users-filters.js';
import { UsersTable, type SortColumn } from './users-table.js';

/** Account administration: list, search, sort, create and edit users. */
export function UsersPage() {
  const { t } = useTranslation();
  const { query, update } = useListParams(listUsersQuerySchema);
  const users = useQuery(usersQuery(query));
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The modal edits the row as it is in the latest list, so a reload brings the new version.
  const editing = users.data?.items.find((user) => user.id === editingId) ?? null;
  const onSort = (column: SortColumn) =>
    update({ sort: query.sort === column ? `-${column}` : column });
  const announce = (key: 'users.created' | 'users.saved') => (user: User) =>
    setDone(t(key, { name: user.name }));
  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('users.new')}</Button>}
      />
      <div aria-live="polite">
        {done && (
          <Alert color="green" withCloseButton onClose={() => setDone(null)} closeButtonLabel={t('common.close')} mb="md">
            {done}
          </Alert>
        )}
      </div>
      <UsersFilters query={query} onChange={update} />
      {users.isPending && <PageLoader />}
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && users.data.items.length === 0 && <EmptyMessage>{t('users.empty')}</EmptyMessage>}
      {users.data && users.data.items.length > 0 && (
        <>
          <UsersTable users={users.data.items} sort={query.sort} onSort={onSort} onEdit={(user) => setEditingId(user.id)} />
          <PaginationBar
            page={query.page}
            pageSize={query.pageSize}
            total={users.data.total}
            onPageChange={(page) => update({ page })}
            onPageSizeChange={(pageSize) => update({ pageSize })}
          />
        </>
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} onCreated={announce('users.created')} />
      <EditUserModal user={editing} onClose={() => setEditingId(null)} onSaved={announce('users.saved')} />
    </>
  );
}
