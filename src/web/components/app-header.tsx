import { Anchor, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from './language-switcher.js';
import { UserMenu } from './user-menu.js';

interface AppHeaderProps {
  isNavOpen: boolean;
  onToggleNav: () => void;
  navId: string;
}

/** Product name, the phone-size menu button, the language switcher and the user menu. */
export function AppHeader({ isNavOpen, onToggleNav, navId }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <Burger
          opened={isNavOpen}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t(isNavOpen ? 'nav.closeMenu' : 'nav.openMenu')}
          aria-expanded={isNavOpen}
          aria-controls={navId}
        />
        <Anchor
          component={Link}
          to="/framework"
          fw={700}
          fz="lg"
          c="var(--mantine-color-text)"
          underline="never"
        >
          {t('app.name')}
        </Anchor>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageSwitcher />
        <UserMenu />
      </Group>
    </Group>
  );
}
