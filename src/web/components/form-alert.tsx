import { Alert } from '@mantine/core';

interface FormAlertProps {
  message: string | null;
  color?: string;
}

/** The message above a form, announced by screen readers as soon as it appears. */
export function FormAlert({ message, color = 'red' }: FormAlertProps) {
  return (
    <div aria-live="assertive" aria-atomic="true">
      {message && (
        <Alert color={color} role="alert">
          {message}
        </Alert>
      )}
    </div>
  );
}
