import { Alert } from '@mantine/core';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { CurrentUserContext } from '../auth/use-me.js';
import { canLogFeedback, canReadFeedback } from './feedback-labels.js';

/** The feedback desk: readers list and read cases; only the desk roles log them (`desk`). */
export function RequireFeedback({ desk = false }: { desk?: boolean }) {
  const { t } = useTranslation();
  const me = use(CurrentUserContext);
  const allowed = me && (desk ? canLogFeedback(me.role) : canReadFeedback(me.role));
  if (!allowed) {
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return <Outlet />;
}
