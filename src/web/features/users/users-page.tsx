import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsersQuerySchema, type User } from '../../../core/users/user.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { useListParams } from '../../lib/use-list-params.js';
import { CreateUserModal } from './create-user-modal.js';
import { EditUserModal } from './edit-user-modal.js';
import { usersQuery } from './users.api.js';
import { UsersFilters } from './users-filters.js';
import { UsersList } from './users-list.js';

/** Account administration: list, search, sort, create and edit users. */
export function UsersPage() {
  const { t } = useTranslation();
  const { query, update } = useListParams(listUsersQuerySchema);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  // The modal edits the user as the latest list answer has it (same cached query as the table),
  // so the reload after a version conflict hands it the new version.
  const users = useQuery(usersQuery(query));
  const editing = users.data?.items.find((user) => user.id === editingId) ?? null;
  const [done, setDone] = useState<string | null>(null);
  const announce = (key: 'users.created' | 'users.saved') => (user: User) =>
    setDone(t(key, { name: user.name }));
  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('users.new')}</Button>}
      />
      <SuccessAlert message={done} onClose={() => setDone(null)} />
      <UsersFilters query={query} onChange={update} />
      <UsersList query={query} onQueryChange={update} onEdit={(user) => setEditingId(user.id)} />
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={announce('users.created')}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditingId(null)}
        onSaved={announce('users.saved')}
      />
    </>
  );
}
