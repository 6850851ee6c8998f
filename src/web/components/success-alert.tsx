import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SuccessAlertProps {
  message: string | null;
  onClose: () => void;
}

/** A dismissible confirmation ("Account created…"), announced politely. */
export function SuccessAlert({ message, onClose }: SuccessAlertProps) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {message && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={onClose}
          closeButtonLabel={t('common.close')}
          mb="md"
        >
          {message}
        </Alert>
      )}
    </div>
  );
}
