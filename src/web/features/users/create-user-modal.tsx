import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createUserRequestSchema, type User } from '../../../core/users/user.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { submitErrorMessage } from '../../lib/field-issues.js';
import { USERS_QUERY_KEY, createUser } from './users.api.js';
import { LocaleSelect, OfficesSelect, RoleSelect } from './user-fields.js';

const FIELDS = ['email', 'name', 'role', 'locale', 'officeIds', 'password'] as const;

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}

/** "New user": one schema validates here and on the server; server field errors land on fields. */
export function CreateUserModal({ opened, onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(createUserRequestSchema),
    defaultValues: { email: '', name: '', role: 'viewer', locale: lang, officeIds: [], password: '' },
  });
  const { errors } = form.formState;
  const mutation = useMutation({ mutationFn: createUser });
  const close = () => {
    form.reset();
    setMessage(null);
    onClose();
  };
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      const user = await mutation.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
      onCreated(user);
      close();
    } catch (error) {
      setMessage(submitErrorMessage(error, form.setError, FIELDS, t));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg">
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
            label={t('users.fields.email')}
            type="email"
            dir="auto"
            required
            autoComplete="off"
            error={errors.email?.message}
            {...form.register('email')}
          />
          <TextInput
            label={t('users.fields.name')}
            required
            autoComplete="off"
            error={errors.name?.message}
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
            name="locale"
            render={({ field, fieldState }) => (
              <LocaleSelect value={field.value ?? 'en'} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
            )}
          />
          <Controller
            control={form.control}
            name="officeIds"
            render={({ field, fieldState }) => (
              <OfficesSelect value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
            )}
          />
          <PasswordInput
            label={t('users.fields.password')}
            description={t('users.fields.passwordHint')}
            required
            autoComplete="new-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
