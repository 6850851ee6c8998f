import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useIsAdmin } from '../features/auth/use-me.js';

/** Admin pages: others see why they cannot enter (the API refuses them anyway). */
export function RequireAdmin() {
  const { t } = useTranslation();
  if (!useIsAdmin()) {
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return <Outlet />;
}
