import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { QueryView } from '../../components/query-view.js';
import { settingsQuery } from '../risk/risk.api.js';
import { ConsultationForm } from './consultation-form.js';
import { consultationQuery } from './participation.api.js';

/** Recording a new consultation (the grid follows the organisation's age brackets). */
export function ConsultationFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useQuery(settingsQuery());
  if (!settings.data) return <PageLoader />;
  return (
    <>
      <PageHeader
        title={t('participation.form.title')}
        description={t('participation.form.intro')}
      />
      <ConsultationForm
        brackets={settings.data.ageBrackets.map((b) => b.code)}
        onDone={(c) => void navigate(`/participation/consultations/${c.id}`)}
        onCancel={() => void navigate('/participation')}
      />
    </>
  );
}

/** Revising a consultation, from the version read. */
export function ConsultationEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const settings = useQuery(settingsQuery());
  const consultation = useQuery(consultationQuery(id));
  if (!settings.data) return <PageLoader />;
  const brackets = settings.data.ageBrackets.map((b) => b.code);
  return (
    <QueryView query={consultation} isEmpty={() => false} emptyMessage="">
      {(c) => (
        <>
          <PageHeader title={t('participation.edit.title')} description={c.heldOn} />
          <ConsultationForm
            key={c.version}
            brackets={brackets}
            consultation={c}
            onDone={(saved) => void navigate(`/participation/consultations/${saved.id}`)}
            onCancel={() => void navigate(`/participation/consultations/${c.id}`)}
          />
        </>
      )}
    </QueryView>
  );
}
