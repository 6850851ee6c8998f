import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createApiTokenRequestSchema } from '../../../core/auth/api-token.schema.js';
import { FormActions } from '../../components/form-actions.js';
import { FormAlert } from '../../components/form-alert.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { OfficesField, RoleField } from '../users/user-fields.js';
import { createApiToken, type CreatedApiToken } from './api-tokens.api.js';
import { ExpiryField } from './expiry-field.js';

const FIELDS = ['name', 'role', 'officeIds', 'expiresInDays'] as const;

interface CreateTokenFormProps {
  onCreated: (token: CreatedApiToken) => void;
  onCancel: () => void;
}

/** Name, role, offices and lifetime of a new API token. */
export function CreateTokenForm({ onCreated, onCancel }: CreateTokenFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(createApiTokenRequestSchema),
    defaultValues: { name: '', role: 'viewer', officeIds: [], expiresInDays: 90 },
  });
  const { submit, message, isPending } = useServerSubmit({
    setError: form.setError,
    fields: FIELDS,
    send: createApiToken,
    onSuccess: onCreated,
  });
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm">
        <FormAlert message={message} />
        <TextInput
          label={t('tokens.fields.name')}
          description={t('tokens.fields.nameHint')}
          required
          autoComplete="off"
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
        <RoleField control={form.control} name="role" />
        <OfficesField control={form.control} name="officeIds" />
        <ExpiryField control={form.control} />
        <FormActions submitLabel={t('common.create')} isPending={isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
