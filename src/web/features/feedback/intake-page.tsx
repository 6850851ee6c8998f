import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import type { IntakeAnswer } from './feedback.api.js';
import { IntakeForm } from './intake-form.js';
import { IntakeResult } from './intake-result.js';

/** "Log feedback": the operator's intake form, then its result; a new form gets a new key. */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [answer, setAnswer] = useState<IntakeAnswer | null>(null);
  const [round, setRound] = useState(0);
  const another = () => {
    setAnswer(null);
    setRound((n) => n + 1);
  };
  return (
    <>
      <PageHeader title={t('feedback.intake.title')} description={t('feedback.intake.intro')} />
      {answer ? (
        <IntakeResult answer={answer} onAnother={another} />
      ) : (
        <IntakeForm
          key={round}
          onDone={(result) => {
            setAnswer(result);
            window.scrollTo({ top: 0 });
          }}
          onCancel={() => void navigate('/feedback')}
        />
      )}
    </>
  );
}
