import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../core/users/user.schema.js';
import { SortableHeader } from '../../components/sortable-header.js';
import { TableRegion } from '../../components/table-region.js';
import { UserRow } from './user-row.js';

export type SortColumn = 'email' | 'name' | 'role' | 'createdAt';

interface UsersTableProps {
  users: User[];
  sort: string;
  onSort: (column: SortColumn) => void;
  onEdit: (user: User) => void;
}

function directionOf(sort: string, column: SortColumn): 'ascending' | 'descending' | null {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return null;
}

/** The users of one page, with sortable columns and an edit button per row. */
export function UsersTable({ users, sort, onSort, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const header = (column: SortColumn, label: string) => (
    <SortableHeader
      label={label}
      direction={directionOf(sort, column)}
      onSort={() => onSort(column)}
    />
  );
  return (
    <TableRegion label={t('users.caption')} minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('users.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('email', t('users.columns.email'))}
            {header('name', t('users.columns.name'))}
            {header('role', t('users.columns.role'))}
            <Table.Th>{t('users.columns.offices')}</Table.Th>
            <Table.Th>{t('users.columns.status')}</Table.Th>
            <Table.Th>{t('users.columns.lastLogin')}</Table.Th>
            {header('createdAt', t('users.columns.created'))}
            <Table.Th>
              <span className="visually-hidden">{t('users.columns.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} onEdit={onEdit} />
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
