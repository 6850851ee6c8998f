import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListUsersQuery } from '../../../core/users/user.schema.js';
import { useRoleOptions } from '../../lib/use-options.js';
import { toRoleFilter } from './role-filter.js';

interface UsersFiltersProps {
  query: ListUsersQuery;
  onChange: (changes: { q?: string; role?: string | undefined }) => void;
}

/** Search by name or e-mail (as one types) and filter by role. */
export function UsersFilters({ query, onChange }: UsersFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(query.q ?? '');
  const sendSearch = useDebouncedCallback((value: string) => onChange({ q: value.trim() }), 350);
  const roles = useRoleOptions();
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <TextInput
        type="search"
        label={t('users.search')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          sendSearch(event.currentTarget.value);
        }}
        w={{ base: '100%', xs: 280 }}
        autoComplete="off"
      />
      <Select
        label={t('users.roleFilter')}
        placeholder={t('users.allRoles')}
        data={roles}
        value={query.role ?? null}
        onChange={(value) => onChange({ role: toRoleFilter(value) })}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
    </Group>
  );
}
