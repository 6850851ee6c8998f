import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../../core/auth/roles.js';
import { useCurrentUser } from '../features/auth/use-me.js';
import { isStaff } from '../lib/permissions.js';
import { canLogFeedback, canReadFeedback } from '../features/feedback/feedback-labels.js';
import { canReadRisks } from '../features/risk/risk-labels.js';

type Audience = 'all' | 'staff' | 'admin' | 'feedback' | 'feedbackDesk' | 'risk';

type Section =
  | 'projects'
  | 'feedback'
  | 'strategic'
  | 'participation'
  | 'services'
  | 'capacity'
  | 'admin'
  | 'you';

interface NavItem {
  to: string;
  key: string;
  audience: Audience;
  section: Section;
}

const LINKS: readonly NavItem[] = [
  { to: '/projects', key: 'nav.projects', audience: 'staff', section: 'projects' },
  { to: '/actions', key: 'nav.myActions', audience: 'staff', section: 'projects' },
  { to: '/portfolio', key: 'nav.portfolio', audience: 'all', section: 'projects' },
  { to: '/feedback', key: 'nav.feedback', audience: 'feedback', section: 'feedback' },
  { to: '/feedback/new', key: 'nav.logFeedback', audience: 'feedbackDesk', section: 'feedback' },
  {
    to: '/feedback/updates',
    key: 'nav.youSaidWeDid',
    audience: 'feedbackDesk',
    section: 'feedback',
  },
  { to: '/risks', key: 'nav.risks', audience: 'risk', section: 'strategic' },
  { to: '/locations', key: 'nav.locations', audience: 'all', section: 'strategic' },
  { to: '/access', key: 'nav.access', audience: 'all', section: 'strategic' },
  { to: '/reach', key: 'nav.reach', audience: 'staff', section: 'strategic' },
  { to: '/participation', key: 'participation.nav', audience: 'staff', section: 'participation' },
  // Viewers too: they get the chart with small cells suppressed (policy: consultations.chart).
  {
    to: '/participation/chart',
    key: 'participation.chart.title',
    audience: 'all',
    section: 'participation',
  },
  // Safety audits are read by the same roles as risk analyses (policy: safety.read).
  { to: '/safety', key: 'safety.nav', audience: 'risk', section: 'participation' },
  { to: '/directory', key: 'directory.nav', audience: 'all', section: 'services' },
  // Referrals are made by the feedback desk roles (policy: referrals.create).
  { to: '/referrals', key: 'referrals.nav', audience: 'feedbackDesk', section: 'services' },
  { to: '/trainings', key: 'capacity.nav', audience: 'staff', section: 'capacity' },
  { to: '/guidance', key: 'guidance.nav', audience: 'all', section: 'capacity' },
  { to: '/focal-points', key: 'guidance.focal.nav', audience: 'staff', section: 'capacity' },
  { to: '/roadmap', key: 'roadmap.nav', audience: 'all', section: 'capacity' },
  { to: '/framework', key: 'nav.framework', audience: 'all', section: 'capacity' },
  { to: '/admin/users', key: 'nav.users', audience: 'admin', section: 'admin' },
  { to: '/admin/api-tokens', key: 'nav.apiTokens', audience: 'admin', section: 'admin' },
  { to: '/admin/audit', key: 'nav.audit', audience: 'admin', section: 'admin' },
  { to: '/admin/settings', key: 'nav.settings', audience: 'admin', section: 'admin' },
  { to: '/account', key: 'nav.account', audience: 'all', section: 'you' },
];

const SECTIONS: readonly Section[] = [
  'projects',
  'feedback',
  'strategic',
  'participation',
  'services',
  'capacity',
  'admin',
  'you',
];

function reaches(role: Role, audience: Audience): boolean {
  if (audience === 'admin') return role === 'admin';
  if (audience === 'staff') return isStaff(role);
  if (audience === 'feedback') return canReadFeedback(role);
  if (audience === 'feedbackDesk') return canLogFeedback(role);
  if (audience === 'risk') return canReadRisks(role);
  return true;
}

/** The main navigation in sections, each link shown to the roles that may open its page. */
export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { role } = useCurrentUser();
  const links = LINKS.filter((link) => reaches(role, link.audience));
  // The longest link that contains the page is the active one (/feedback/new, not /feedback).
  const active = links
    .filter((link) => pathname === link.to || pathname.startsWith(`${link.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];
  const link = (item: NavItem) => {
    const isActive = item === active;
    return (
      <li key={item.to}>
        <NavLink
          component={Link}
          to={item.to}
          label={t(item.key)}
          active={isActive}
          aria-current={isActive ? 'page' : undefined}
          onClick={onNavigate}
        />
      </li>
    );
  };
  return (
    <Stack gap="sm">
      {SECTIONS.map((section) => {
        const items = links.filter((l) => l.section === section);
        if (items.length === 0) return null;
        const id = `nav-section-${section}`;
        return (
          <div key={section}>
            <Text id={id} size="xs" fw={700} c="dimmed" px="sm" mb={2}>
              {t(`nav.sections.${section}`)}
            </Text>
            <Stack gap={2} component="ul" className="plain-list" aria-labelledby={id}>
              {items.map(link)}
            </Stack>
          </div>
        );
      })}
    </Stack>
  );
}
