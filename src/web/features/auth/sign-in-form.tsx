import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loginRequestSchema, type Me } from '../../../core/auth/auth.schema.js';
import { hasErrorCode } from '../../api/client.js';
import { applyFieldIssues } from '../../lib/field-issues.js';
import { signIn } from './auth.api.js';
import { signInErrorMessage } from './sign-in-errors.js';

/** Email and password, then a 6-digit code when the account has two-factor authentication. */
export function SignInForm({ onSignedIn }: { onSignedIn: (me: Me) => Promise<void> }) {
  const { t } = useTranslation();
  const [needsCode, setNeedsCode] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors } = form.formState;
  const mutation = useMutation({ mutationFn: signIn, onSuccess: onSignedIn });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      await mutation.mutateAsync(values);
    } catch (error) {
      if (hasErrorCode(error, 'totp_required')) setNeedsCode(true);
      const unmatched = applyFieldIssues(error, form.setError, ['email', 'password', 'totp']);
      if (!hasErrorCode(error, 'validation_failed') || unmatched.length > 0) {
        setMessage(signInErrorMessage(error, values.totp !== undefined, t));
      }
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <div aria-live="assertive" aria-atomic="true">
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
        </div>
        <TextInput
          label={t('signIn.email')}
          type="email"
          dir="auto"
          autoComplete="username"
          required
          error={errors.email?.message}
          {...form.register('email')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...form.register('password')}
        />
        {needsCode && (
          <TextInput
            label={t('signIn.code')}
            description={t('signIn.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            autoFocus
            error={errors.totp ? t('validation.code') : undefined}
            {...form.register('totp', { setValueAs: (v: string) => v.replace(/\s/g, '') })}
          />
        )}
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
