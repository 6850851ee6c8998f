import { Alert } from '@mantine/core';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { CurrentUserContext } from '../features/auth/use-me.js';
import { isStaff } from '../lib/permissions.js';

/** Project pages: viewers see why they cannot enter (the API refuses them anyway). */
export function RequireStaff() {
  const { t } = useTranslation();
  const me = use(CurrentUserContext);
  if (!me || !isStaff(me.role)) {
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return <Outlet />;
}
