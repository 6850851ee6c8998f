import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { submitErrorMessage } from './field-issues.js';

interface ServerSubmitOptions<T extends FieldValues, V, R> {
  setError: UseFormSetError<T>;
  /** The form's fields, to put the server's field errors on. */
  fields: readonly FieldPath<T>[];
  send: (values: V) => Promise<R>;
  onSuccess: (result: R) => unknown;
  /** Handles an error specially (e.g. a version conflict); true when it did. */
  handleError?: (error: unknown) => boolean | Promise<boolean>;
}

/** Sends a form to the API: field errors go next to fields, anything else above the form. */
export function useServerSubmit<T extends FieldValues, V, R>(
  options: ServerSubmitOptions<T, V, R>,
) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: options.send });
  const submit = async (values: V) => {
    setMessage(null);
    try {
      await options.onSuccess(await mutation.mutateAsync(values));
    } catch (error) {
      if (await options.handleError?.(error)) return;
      setMessage(submitErrorMessage(error, options.setError, options.fields, t));
    }
  };
  return { submit, message, isPending: mutation.isPending };
}
