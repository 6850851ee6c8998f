import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  createSafetyActionRequestSchema,
  type CreateSafetyActionRequest,
} from '../../../core/safety/safety-action.schema.js';
import type { AuditAnswer } from '../../../core/safety/safety-audit.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { directoryQuery } from '../actions/actions.api.js';
import { createSafetyAction, SAFETY_KEY } from './safety.api.js';

const FIELDS = ['itemCode', 'title', 'ownerId', 'dueDate'] as const;

/** Makes an action of a high or medium finding: what, who, by when. */
export function ActionForm({ auditId, findings }: { auditId: string; findings: AuditAnswer[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staff = useQuery(directoryQuery);
  const form = useForm<CreateSafetyActionRequest>({
    resolver: zodResolver(createSafetyActionRequestSchema),
    defaultValues: { itemCode: findings[0]?.itemCode ?? '', title: '', dueDate: '' },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: FIELDS,
    send: (body: CreateSafetyActionRequest) => createSafetyAction(auditId, body),
    onSuccess: async () => {
      form.reset({ itemCode: '', title: '', dueDate: '' });
      await queryClient.invalidateQueries({ queryKey: SAFETY_KEY });
    },
  });
  const error = (name: (typeof FIELDS)[number]) => {
    const issue = form.formState.errors[name];
    return (
      issue && (issue.type === 'server' ? issue.message : t(`safety.actionForm.invalid.${name}`))
    );
  };
  const select = (
    name: 'itemCode' | 'ownerId',
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          required
          searchable
          data={data}
          value={field.value || null}
          onChange={(v) => field.onChange(v ?? '')}
          error={error(name)}
        />
      )}
    />
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="action-form-title">
      <Title order={2} size="h4" id="action-form-title" mb="sm">
        {t('safety.actionForm.title')}
      </Title>
      <form onSubmit={form.handleSubmit(submission.submit)} noValidate>
        <Stack gap="sm">
          <FormAlert message={submission.message} />
          {select(
            'itemCode',
            t('safety.actionForm.finding'),
            findings.map((f) => ({
              value: f.itemCode,
              label: `${t(`safety.risk.${f.risk ?? 'low'}`)} · ${f.question}`,
            })),
          )}
          <TextInput
            label={t('safety.actionForm.what')}
            required
            {...form.register('title')}
            error={error('title')}
          />
          {select(
            'ownerId',
            t('safety.actionForm.owner'),
            (staff.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
          )}
          <TextInput
            type="date"
            label={t('safety.actionForm.due')}
            required
            {...form.register('dueDate')}
            error={error('dueDate')}
          />
          <Button type="submit" loading={submission.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('safety.actionForm.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
