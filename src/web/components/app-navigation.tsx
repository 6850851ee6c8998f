import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useIsAdmin } from '../features/auth/use-me.js';

const LINKS = [
  { to: '/framework', key: 'nav.framework', adminOnly: false },
  { to: '/admin/users', key: 'nav.users', adminOnly: true },
  { to: '/admin/api-tokens', key: 'nav.apiTokens', adminOnly: true },
  { to: '/admin/audit', key: 'nav.audit', adminOnly: true },
  { to: '/account', key: 'nav.account', adminOnly: false },
] as const;

/** The main navigation; admin links only for admins. */
export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isAdmin = useIsAdmin();
  return (
    <Stack gap={4} component="ul" className="plain-list">
      {LINKS.filter((link) => isAdmin || !link.adminOnly).map((link) => {
        const isActive = pathname === link.to || pathname.startsWith(`${link.to}/`);
        return (
          <li key={link.to}>
            <NavLink
              component={Link}
              to={link.to}
              label={t(link.key)}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              onClick={onNavigate}
            />
          </li>
        );
      })}
    </Stack>
  );
}
