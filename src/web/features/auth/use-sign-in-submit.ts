import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LoginRequest, Me } from '../../../core/auth/auth.schema.js';
import { hasErrorCode } from '../../api/client.js';
import { applyFieldIssues } from '../../lib/field-issues.js';
import { signIn } from './auth.api.js';
import { signInErrorMessage } from './sign-in-errors.js';

export interface SignInNotice {
  text: string;
  isError: boolean;
}

/** Sends the sign-in; asks for a code when the server wants one, and explains any refusal. */
export function useSignInSubmit(
  setError: UseFormSetError<LoginRequest>,
  onSignedIn: (me: Me) => Promise<void>,
) {
  const { t } = useTranslation();
  const [needsCode, setNeedsCode] = useState(false);
  const [notice, setNotice] = useState<SignInNotice | null>(null);
  const mutation = useMutation({ mutationFn: signIn, onSuccess: onSignedIn });

  const submit = async (values: LoginRequest) => {
    setNotice(null);
    try {
      await mutation.mutateAsync(values);
    } catch (error) {
      const askedForCode = values.totp !== undefined;
      if (hasErrorCode(error, 'totp_required')) setNeedsCode(true);
      const unmatched = applyFieldIssues(error, setError, ['email', 'password', 'totp']);
      if (hasErrorCode(error, 'validation_failed') && unmatched.length === 0) return;
      // The first request for a code is a next step, not a mistake.
      const isError = askedForCode || !hasErrorCode(error, 'totp_required');
      setNotice({ text: signInErrorMessage(error, askedForCode, t), isError });
    }
  };
  return { submit, needsCode, notice, isPending: mutation.isPending };
}
