import { Alert } from '@mantine/core';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { CurrentUserContext } from '../auth/use-me.js';
import {
  canReadParticipation,
  canRecordParticipation,
  canSeeParticipationChart,
} from './participation-labels.js';

type Need = 'read' | 'record' | 'chart';
const CHECK = {
  read: canReadParticipation,
  record: canRecordParticipation,
  chart: canSeeParticipationChart,
};

/** Consultations and committees: staff read, recorders record, everyone sees the (suppressed) chart. */
export function RequireParticipation({ need = 'read' }: { need?: Need }) {
  const { t } = useTranslation();
  const me = use(CurrentUserContext);
  if (!me || !CHECK[need](me.role)) {
    return (
      <Alert color="orange" title={t('forbidden.title')}>
        {t('forbidden.body')}
      </Alert>
    );
  }
  return <Outlet />;
}
