import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loginRequestSchema, type Me } from '../../../core/auth/auth.schema.js';
import { CodeInput, codeRegisterOptions } from '../../components/code-input.js';
import { FormAlert } from '../../components/form-alert.js';
import { codeError } from '../../lib/code-error.js';
import { useSignInSubmit } from './use-sign-in-submit.js';

/** Email and password, then a 6-digit code when the account has two-factor authentication. */
export function SignInForm({ onSignedIn }: { onSignedIn: (me: Me) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors } = form.formState;
  const { submit, needsCode, notice, isPending } = useSignInSubmit(form.setError, onSignedIn);
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="md">
        <FormAlert message={notice?.text ?? null} color={notice?.isError ? 'red' : 'blue'} />
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
          <CodeInput
            label={t('signIn.code')}
            description={t('signIn.codeHint')}
            autoFocus
            error={codeError(errors.totp, t('validation.code'))}
            {...form.register('totp', codeRegisterOptions)}
          />
        )}
        <Button type="submit" loading={isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
