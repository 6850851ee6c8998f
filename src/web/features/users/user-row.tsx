import { Badge, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../core/users/user.schema.js';
import { NeverText } from '../../components/never-text.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';

/** One user in the users table. */
export function UserRow({ user, onEdit }: { user: User; onEdit: (user: User) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const offices =
    user.offices.length === 0
      ? t('users.wholeOrganisation')
      : user.offices.map((office) => office.code).join(t('common.listSeparator'));
  return (
    <Table.Tr>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>{user.name}</Table.Td>
      <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
      <Table.Td className="nowrap">{offices}</Table.Td>
      <Table.Td>
        <Badge color={user.disabled ? 'gray' : 'green'} variant="light">
          {t(user.disabled ? 'users.status.disabled' : 'users.status.active')}
        </Badge>
      </Table.Td>
      <Table.Td className="nowrap">
        {user.lastLoginAt ? formatDateTime(user.lastLoginAt, lang) : <NeverText />}
      </Table.Td>
      <Table.Td className="nowrap">{formatDate(user.createdAt, lang)}</Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="default"
          onClick={() => onEdit(user)}
          aria-label={t('users.editNamed', { name: user.name })}
        >
          {t('common.edit')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
