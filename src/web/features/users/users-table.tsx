import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../core/users/user.schema.js';
import { SortableHeader } from '../../components/sortable-header.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { TableRegion } from '../../components/table-region.js';

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
  const lang = useLanguage();
  const header = (column: SortColumn, label: string) => (
    <SortableHeader label={label} direction={directionOf(sort, column)} onSort={() => onSort(column)} />
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
            <Table.Tr key={user.id}>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>
                {user.offices.length === 0
                  ? t('users.wholeOrganisation')
                  : user.offices.map((office) => office.code).join(t('common.listSeparator'))}
              </Table.Td>
              <Table.Td>
                <Badge color={user.disabled ? 'gray' : 'green'} variant="light">
                  {t(user.disabled ? 'users.status.disabled' : 'users.status.active')}
                </Badge>
              </Table.Td>
              <Table.Td className="nowrap">
                {user.lastLoginAt ? formatDateTime(user.lastLoginAt, lang) : <Text span c="dimmed" size="sm">{t('common.never')}</Text>}
              </Table.Td>
              <Table.Td className="nowrap">{formatDate(user.createdAt, lang)}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => onEdit(user)} aria-label={t('users.editNamed', { name: user.name })}>
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
