import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { totpCodeRequestSchema } from '../../../core/auth/auth.schema.js';
import { submitErrorMessage } from '../../lib/field-issues.js';

interface TotpCodeFormProps {
  submitLabel: string;
  submitColor?: string;
  onSubmitCode: (code: string) => Promise<void>;
  onDone: () => void;
}

/** One 6-digit code field and a button: confirms enabling or disabling two-factor sign-in. */
export function TotpCodeForm({ submitLabel, submitColor, onSubmitCode, onDone }: TotpCodeFormProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(totpCodeRequestSchema), defaultValues: { code: '' } });
  const mutation = useMutation({ mutationFn: onSubmitCode, onSuccess: onDone });
  const onSubmit = form.handleSubmit(async ({ code }) => {
    setMessage(null);
    try {
      await mutation.mutateAsync(code);
    } catch (error) {
      setMessage(submitErrorMessage(error, form.setError, ['code'], t));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={360}>
        <div aria-live="assertive">
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
        </div>
        <TextInput
          label={t('account.totp.code')}
          description={t('account.totp.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          error={form.formState.errors.code ? t('validation.code') : undefined}
          {...form.register('code', { setValueAs: (value: string) => value.replace(/\s/g, '') })}
        />
        <Group>
          <Button type="submit" color={submitColor} loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
