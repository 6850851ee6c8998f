import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';

interface UpdateOutcomeProps {
  error: unknown;
  isConflict: boolean;
  saved?: string | null;
}

/** What became of the last change: saved, refused as stale (the latest is now shown), or failed. */
export function UpdateOutcome({ error, isConflict, saved }: UpdateOutcomeProps) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {isConflict ? (
        <Alert color="orange" title={t('feedback.case.conflictTitle')} role="alert" mt="xs">
          {t('feedback.case.conflict')}
        </Alert>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : saved ? (
        <Alert color="green" role="status" mt="xs">
          {saved}
        </Alert>
      ) : null}
    </div>
  );
}
