import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  updateUserRequestSchema,
  type UpdateUserRequest,
  type User,
} from '../../../core/users/user.schema.js';
import { hasErrorCode } from '../../api/client.js';
import { FormActions } from '../../components/form-actions.js';
import { FormAlert } from '../../components/form-alert.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { DisabledField, LocaleField, OfficesField, RoleField } from './user-fields.js';
import { USERS_QUERY_KEY, updateUser } from './users.api.js';

const FIELDS = ['name', 'role', 'locale', 'officeIds', 'disabled'] as const;

interface EditUserFormProps {
  user: User;
  /** Called when the server refused a stale version; the list is being reloaded. */
  onConflict: () => void;
  onCancel: () => void;
  onSaved: (user: User) => void;
}

/** The edit form's values for a user as the server last sent it. */
export function editValuesOf(user: User): UpdateUserRequest {
  return {
    name: user.name,
    role: user.role,
    locale: user.locale,
    officeIds: user.offices.map((office) => office.id),
    disabled: user.disabled,
    version: user.version,
  };
}

/** Name, role, language, offices and access of one user, saved with the version it started from. */
export function EditUserForm({ user, onConflict, onCancel, onSaved }: EditUserFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: zodResolver(updateUserRequestSchema),
    defaultValues: editValuesOf(user),
  });
  const reload = () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
  const { submit, message, isPending } = useServerSubmit({
    setError: form.setError,
    fields: FIELDS,
    send: (values: UpdateUserRequest) => updateUser(user.id, values),
    onSuccess: async (saved: User) => {
      await reload();
      onSaved(saved);
    },
    handleError: async (error) => {
      if (!hasErrorCode(error, 'conflict')) return false;
      onConflict();
      await reload();
      return true;
    },
  });
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm">
        <FormAlert message={message} />
        <TextInput
          label={t('users.fields.name')}
          required
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
        <RoleField control={form.control} name="role" />
        <LocaleField control={form.control} name="locale" />
        <OfficesField control={form.control} name="officeIds" />
        <DisabledField control={form.control} name="disabled" />
        <FormActions submitLabel={t('common.save')} isPending={isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
