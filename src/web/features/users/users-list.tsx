import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ListUsersQuery, User } from '../../../core/users/user.schema.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { usersQuery } from './users.api.js';
import { UsersTable, type SortColumn } from './users-table.js';

interface UsersListProps {
  query: ListUsersQuery;
  onQueryChange: (changes: Partial<Record<keyof ListUsersQuery, string | number>>) => void;
  onEdit: (user: User) => void;
}

/** One page of users, sortable, with its pagination; loading, error and empty states. */
export function UsersList({ query, onQueryChange, onEdit }: UsersListProps) {
  const { t } = useTranslation();
  const users = useQuery(usersQuery(query));
  const onSort = (column: SortColumn) =>
    onQueryChange({ sort: query.sort === column ? `-${column}` : column });
  return (
    <QueryView
      query={users}
      isEmpty={(page) => page.items.length === 0}
      emptyMessage={t('users.empty')}
    >
      {(page) => (
        <>
          <UsersTable users={page.items} sort={query.sort} onSort={onSort} onEdit={onEdit} />
          <PaginationBar
            page={query.page}
            pageSize={query.pageSize}
            total={page.total}
            onChange={onQueryChange}
          />
        </>
      )}
    </QueryView>
  );
}
