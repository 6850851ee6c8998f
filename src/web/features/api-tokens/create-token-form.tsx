import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createApiTokenRequestSchema } from '../../../core/auth/api-token.schema.js';
import { submitErrorMessage } from '../../lib/field-issues.js';
import { OfficesSelect, RoleSelect } from '../users/user-fields.js';
import { createApiToken, type CreatedApiToken } from './api-tokens.api.js';

const FIELDS = ['name', 'role', 'officeIds', 'expiresInDays'] as const;

interface CreateTokenFormProps {
  onCreated: (token: CreatedApiToken) => void;
  onCancel: () => void;
}

/** Name, role, offices and lifetime of a new API token. */
export function CreateTokenForm({ onCreated, onCancel }: CreateTokenFormProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(createApiTokenRequestSchema),
    defaultValues: { name: '', role: 'viewer', officeIds: [], expiresInDays: 90 },
  });
  const mutation = useMutation({ mutationFn: createApiToken });
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      onCreated(await mutation.mutateAsync(values));
    } catch (error) {
      setMessage(submitErrorMessage(error, form.setError, FIELDS, t));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <div aria-live="assertive">
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
        </div>
        <TextInput
          label={t('tokens.fields.name')}
          description={t('tokens.fields.nameHint')}
          required
          autoComplete="off"
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
        <Controller
          control={form.control}
          name="role"
          render={({ field, fieldState }) => (
            <RoleSelect value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={form.control}
          name="officeIds"
          render={({ field, fieldState }) => (
            <OfficesSelect value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={form.control}
          name="expiresInDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('tokens.fields.expiresInDays')}
              description={t('tokens.fields.expiresHint')}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
              onBlur={field.onBlur}
              min={1}
              max={730}
              allowDecimal={false}
              error={fieldState.error?.message}
            />
          )}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
