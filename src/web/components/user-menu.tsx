import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignOut } from '../features/auth/use-sign-out.js';
import { useCurrentUser } from '../features/auth/use-me.js';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return (
    letters
      .map((part) => part?.charAt(0) ?? '')
      .join('')
      .toUpperCase() || '?'
  );
}

/** The signed-in user's menu: who, role, organisation, Account and Sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const signOutMutation = useSignOut();
  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.label', { name: me.name })}
          className="user-menu-target"
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar size={32} color="blue" aria-hidden="true">
              {initialsOf(me.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" truncate maw={160}>
              {me.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {me.name}
          </Text>
          <Text size="xs">{t(`roles.${me.role}`)}</Text>
          <Text size="xs">{me.organization.name}</Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account">
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Item onClick={() => signOutMutation.mutate()} disabled={signOutMutation.isPending}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
