import { Alert } from '@mantine/core';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { CurrentUserContext } from '../auth/use-me.js';
import { canEditDirectory, canRefer } from './services.api.js';

/** `edit`: directory editors; `refer`: referral staff; otherwise every signed-in user. */
export function RequireServices({ need }: { need?: 'edit' | 'refer' }) {
  const { t } = useTranslation();
  const me = use(CurrentUserContext);
  const allowed =
    me &&
    (need === 'edit' ? canEditDirectory(me.role) : need === 'refer' ? canRefer(me.role) : true);
  if (!allowed)
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  return <Outlet />;
}
