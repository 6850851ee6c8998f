import { Alert } from '@mantine/core';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { CurrentUserContext } from '../auth/use-me.js';
import { canEditRisks, canReadRisks } from './risk-labels.js';

/** Risk analyses are confidential: readers only; `edit` for the pages that record them. */
export function RequireRisk({ edit = false }: { edit?: boolean }) {
  const { t } = useTranslation();
  const me = use(CurrentUserContext);
  const allowed = me && (edit ? canEditRisks(me.role) : canReadRisks(me.role));
  if (!allowed) {
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return <Outlet />;
}
