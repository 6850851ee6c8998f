import { Alert } from '@mantine/core';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { CurrentUserContext } from '../auth/use-me.js';
import { canAuditSafety, canReadSafety } from './safety-labels.js';

/** Safety audits are for staff who read them; `audit` for the pages that record them. */
export function RequireSafety({ audit = false }: { audit?: boolean }) {
  const { t } = useTranslation();
  const me = use(CurrentUserContext);
  const allowed = me && (audit ? canAuditSafety(me.role) : canReadSafety(me.role));
  if (!allowed) {
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return <Outlet />;
}
