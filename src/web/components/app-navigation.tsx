import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../../core/auth/roles.js';
import { useCurrentUser } from '../features/auth/use-me.js';
import { isStaff } from '../lib/permissions.js';
import { canLogFeedback, canReadFeedback } from '../features/feedback/feedback-labels.js';
import { canReadRisks } from '../features/risk/risk-labels.js';

type Audience = 'all' | 'staff' | 'admin' | 'feedback' | 'feedbackDesk' | 'risk';

const LINKS: readonly { to: string; key: string; audience: Audience }[] = [
  { to: '/projects', key: 'nav.projects', audience: 'staff' },
  { to: '/actions', key: 'nav.myActions', audience: 'staff' },
  { to: '/feedback', key: 'nav.feedback', audience: 'feedback' },
  { to: '/feedback/new', key: 'nav.logFeedback', audience: 'feedbackDesk' },
  { to: '/feedback/updates', key: 'nav.youSaidWeDid', audience: 'feedbackDesk' },
  { to: '/risks', key: 'nav.risks', audience: 'risk' },
  // Safety audits are read by the same roles as risk analyses (policy: safety.read).
  { to: '/safety', key: 'safety.nav', audience: 'risk' },
  { to: '/participation', key: 'participation.nav', audience: 'staff' },
  // Viewers too: they get the chart with small cells suppressed (policy: consultations.chart).
  { to: '/participation/chart', key: 'participation.chart.title', audience: 'all' },
  { to: '/trainings', key: 'capacity.nav', audience: 'staff' },
  { to: '/directory', key: 'directory.nav', audience: 'all' },
  // Referrals are made by the feedback desk roles (policy: referrals.create).
  { to: '/referrals', key: 'referrals.nav', audience: 'feedbackDesk' },
  { to: '/guidance', key: 'guidance.nav', audience: 'all' },
  { to: '/focal-points', key: 'guidance.focal.nav', audience: 'staff' },
  { to: '/roadmap', key: 'roadmap.nav', audience: 'all' },
  { to: '/portfolio', key: 'nav.portfolio', audience: 'all' },
  { to: '/locations', key: 'nav.locations', audience: 'all' },
  { to: '/access', key: 'nav.access', audience: 'all' },
  { to: '/reach', key: 'nav.reach', audience: 'staff' },
  { to: '/framework', key: 'nav.framework', audience: 'all' },
  { to: '/admin/users', key: 'nav.users', audience: 'admin' },
  { to: '/admin/api-tokens', key: 'nav.apiTokens', audience: 'admin' },
  { to: '/admin/audit', key: 'nav.audit', audience: 'admin' },
  { to: '/admin/settings', key: 'nav.settings', audience: 'admin' },
  { to: '/account', key: 'nav.account', audience: 'all' },
];

function reaches(role: Role, audience: Audience): boolean {
  if (audience === 'admin') return role === 'admin';
  if (audience === 'staff') return isStaff(role);
  if (audience === 'feedback') return canReadFeedback(role);
  if (audience === 'feedbackDesk') return canLogFeedback(role);
  if (audience === 'risk') return canReadRisks(role);
  return true;
}

/** The main navigation: projects and actions for staff, administration for admins. */
export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { role } = useCurrentUser();
  const links = LINKS.filter((link) => reaches(role, link.audience));
  // The longest link that contains the page is the active one (/feedback/new, not /feedback).
  const active = links
    .filter((link) => pathname === link.to || pathname.startsWith(`${link.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];
  return (
    <Stack gap={4} component="ul" className="plain-list">
      {links.map((link) => {
        const isActive = link === active;
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
