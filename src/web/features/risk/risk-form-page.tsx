import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import { historyPath } from './risk-format.js';
import { RiskForm } from './risk-form.js';

/** Recording an analysis; afterwards the place × risk history opens. */
export function RiskFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('risk.form.title')} description={t('risk.form.intro')} />
      <RiskForm
        onDone={(a) => void navigate(historyPath(a.locationPcode, a.riskCode))}
        onCancel={() => void navigate('/risks')}
      />
    </>
  );
}
