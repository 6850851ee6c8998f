import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { totpCodeRequestSchema } from '../../../core/auth/auth.schema.js';
import { CodeInput, codeRegisterOptions } from '../../components/code-input.js';
import { FormAlert } from '../../components/form-alert.js';
import { codeError } from '../../lib/code-error.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';

interface TotpCodeFormProps {
  submitLabel: string;
  submitColor?: string;
  onSubmitCode: (code: string) => Promise<void>;
  onDone: () => void;
}

/** One 6-digit code field and a button: confirms enabling or disabling two-factor sign-in. */
export function TotpCodeForm({
  submitLabel,
  submitColor,
  onSubmitCode,
  onDone,
}: TotpCodeFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(totpCodeRequestSchema),
    defaultValues: { code: '' },
  });
  const { submit, message, isPending } = useServerSubmit({
    setError: form.setError,
    fields: ['code'],
    send: ({ code }: { code: string }) => onSubmitCode(code),
    onSuccess: onDone,
  });
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm" maw={360}>
        <FormAlert message={message} />
        <CodeInput
          label={t('account.totp.code')}
          description={t('account.totp.codeHint')}
          error={codeError(form.formState.errors.code, t('validation.code'))}
          {...form.register('code', codeRegisterOptions)}
        />
        <Group>
          <Button type="submit" color={submitColor} loading={isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
