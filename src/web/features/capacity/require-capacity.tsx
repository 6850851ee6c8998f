import { Alert } from '@mantine/core';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import type { Role } from '../../../core/auth/roles.js';
import { CurrentUserContext } from '../auth/use-me.js';

/** Shows the pages below only to roles the check allows; others read why. */
export function RequireRole({ allows }: { allows: (role: Role) => boolean }) {
  const { t } = useTranslation();
  const me = use(CurrentUserContext);
  if (!me || !allows(me.role)) {
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return <Outlet />;
}
