import { zodResolver } from '@hookform/resolvers/zod';
import { PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createUserRequestSchema, type User } from '../../../core/users/user.schema.js';
import { FormActions } from '../../components/form-actions.js';
import { FormAlert } from '../../components/form-alert.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { LocaleField, OfficesField, RoleField } from './user-fields.js';
import { USERS_QUERY_KEY, createUser } from './users.api.js';

const FIELDS = ['email', 'name', 'role', 'locale', 'officeIds', 'password'] as const;

interface CreateUserFormProps {
  onCreated: (user: User) => void;
  onCancel: () => void;
}

/** The create form and its submission: the list reloads, then the caller hears of the user. */
function useCreateUserForm(onCreated: (user: User) => void) {
  const queryClient = useQueryClient();
  const lang = useLanguage();
  const form = useForm({
    resolver: zodResolver(createUserRequestSchema),
    defaultValues: {
      email: '',
      name: '',
      role: 'viewer',
      locale: lang,
      officeIds: [],
      password: '',
    },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: FIELDS,
    send: createUser,
    onSuccess: async (user: User) => {
      await queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
      onCreated(user);
    },
  });
  return { form, ...submission };
}

/** One schema validates here and on the server; the server's field errors land on the fields. */
export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const { form, submit, message, isPending } = useCreateUserForm(onCreated);
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm">
        <FormAlert message={message} />
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
        <RoleField control={form.control} name="role" />
        <LocaleField control={form.control} name="locale" />
        <OfficesField control={form.control} name="officeIds" />
        <PasswordInput
          label={t('users.fields.password')}
          description={t('users.fields.passwordHint')}
          required
          autoComplete="new-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <FormActions submitLabel={t('common.create')} isPending={isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
