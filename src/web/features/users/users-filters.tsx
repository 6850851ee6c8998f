import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListUsersQuery } from '../../../core/users/user.schema.js';
import { SearchInput } from '../../components/search-input.js';
import { useRoleOptions } from '../../lib/use-options.js';
import { toRoleFilter } from './role-filter.js';

interface UsersFiltersProps {
  query: ListUsersQuery;
  onChange: (changes: { q?: string; role?: string | undefined }) => void;
}

/** Search by name or e-mail (as one types) and filter by role. */
export function UsersFilters({ query, onChange }: UsersFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <SearchInput
        label={t('users.search')}
        initialValue={query.q ?? ''}
        onSearch={(q) => onChange({ q })}
        w={{ base: '100%', xs: 280 }}
      />
      <Select
        label={t('users.roleFilter')}
        placeholder={t('users.allRoles')}
        data={useRoleOptions()}
        value={query.role ?? null}
        onChange={(value) => onChange({ role: toRoleFilter(value) })}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
    </Group>
  );
}
