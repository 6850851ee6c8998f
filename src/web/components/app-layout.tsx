import { AppShell } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header.js';
import { AppNavigation } from './app-navigation.js';
import { PageLoader } from './page-loader.js';
import { SkipLink } from './skip-link.js';

const MAIN_ID = 'main-content';
const NAV_ID = 'app-navigation';

/** The frame of every signed-in page: header, navigation (a drawer on phones), main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below 48em (768px) the navigation slides out of view: keep it out of the tab order too.
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <AppHeader isNavOpen={opened} onToggleNav={toggle} navId={NAV_ID} />
        </AppShell.Header>
        <AppShell.Navbar id={NAV_ID} p="sm" aria-label={t('nav.label')} inert={isMobile && !opened}>
          <AppNavigation onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} inert={isMobile && opened}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
