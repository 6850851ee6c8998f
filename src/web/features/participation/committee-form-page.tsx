import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { QueryView } from '../../components/query-view.js';
import { settingsQuery } from '../risk/risk.api.js';
import { CommitteeForm } from './committee-form.js';
import { committeeQuery } from './participation.api.js';

/** Recording a new committee. */
export function CommitteeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useQuery(settingsQuery());
  if (!settings.data) return <PageLoader />;
  return (
    <>
      <PageHeader
        title={t('participation.committee.new')}
        description={t('participation.committee.intro')}
      />
      <CommitteeForm
        brackets={settings.data.ageBrackets.map((b) => b.code)}
        onDone={(c) => void navigate(`/participation/committees/${c.id}`)}
        onCancel={() => void navigate('/participation/committees')}
      />
    </>
  );
}

/** Revising a committee. */
export function CommitteeEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const settings = useQuery(settingsQuery());
  const committee = useQuery(committeeQuery(id));
  if (!settings.data) return <PageLoader />;
  return (
    <QueryView query={committee} isEmpty={() => false} emptyMessage="">
      {(c) => (
        <>
          <PageHeader title={t('participation.committee.edit')} description={c.name} />
          <CommitteeForm
            key={c.version}
            brackets={settings.data.ageBrackets.map((b) => b.code)}
            committee={c}
            onDone={(saved) => void navigate(`/participation/committees/${saved.id}`)}
            onCancel={() => void navigate(`/participation/committees/${c.id}`)}
          />
        </>
      )}
    </QueryView>
  );
}
