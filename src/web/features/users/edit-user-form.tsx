import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  updateUserRequestSchema,
  type UpdateUserRequest,
  type User,
} from '../../../core/users/user.schema.js';
import { hasErrorCode } from '../../api/client.js';
import { submitErrorMessage } from '../../lib/field-issues.js';
import { LocaleSelect, OfficesSelect, RoleSelect } from './user-fields.js';
import { USERS_QUERY_KEY, updateUser } from './users.api.js';

const FIELDS = ['name', 'role', 'locale', 'officeIds', 'disabled'] as const;

export interface FormNotice {
  kind: 'conflict' | 'error';
  text: string;
}

interface EditUserFormProps {
  user: User;
  onNotice: (notice: FormNotice | null) => void;
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
export function EditUserForm({ user, onNotice, onCancel, onSaved }: EditUserFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(updateUserRequestSchema), defaultValues: editValuesOf(user) });
  const mutation = useMutation({ mutationFn: (values: UpdateUserRequest) => updateUser(user.id, values) });
  const onSubmit = form.handleSubmit(async (values) => {
    onNotice(null);
    try {
      const saved = await mutation.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
      onSaved(saved);
    } catch (error) {
      if (hasErrorCode(error, 'conflict')) {
        onNotice({ kind: 'conflict', text: t('users.conflict') });
        await queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
        return;
      }
      const text = submitErrorMessage(error, form.setError, FIELDS, t);
      onNotice(text ? { kind: 'error', text } : null);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('users.fields.name')}
          required
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
        <Controller
          control={form.control}
          name="role"
          render={({ field, fieldState }) => (
            <RoleSelect value={field.value ?? user.role} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={form.control}
          name="locale"
          render={({ field, fieldState }) => (
            <LocaleSelect value={field.value ?? user.locale} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
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
          name="disabled"
          render={({ field }) => (
            <Switch
              label={t('users.fields.disabled')}
              description={t('users.fields.disabledHint')}
              checked={field.value ?? false}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
            />
          )}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
