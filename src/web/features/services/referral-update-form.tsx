import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/errors.js';
import type { Referral } from '../../../core/services/referral.schema.js';
import { problemsOf } from './service-form-values.js';
import { REFERRALS_KEY, referralQuery, updateReferral } from './services.api.js';

interface Values {
  status: Referral['status'];
  followUpOn: string;
  outcome: string;
}

const valuesOf = (r: Referral): Values => ({
  status: r.status,
  followUpOn: r.followUpOn ?? '',
  outcome: r.outcome ?? '',
});

/** The current referral carried by a stale-version refusal (409), if any. */
function conflictOf(error: Error | null): Referral | null {
  const e = error as AppError | null;
  if (!e || e.code !== 'conflict') return null;
  return (e.details as { current?: Referral } | undefined)?.current ?? null;
}

/**
 * Moves a referral on (only the statuses the server offers, from core's workflow), and records
 * its outcome and next follow-up date, with the version it was read at.
 */
export function ReferralUpdateForm({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Values>({ defaultValues: valuesOf(referral) });
  const save = useMutation({
    mutationFn: (v: Values) =>
      updateReferral(referral.id, {
        version: referral.version,
        ...(v.status !== referral.status ? { status: v.status } : {}),
        followUpOn: v.followUpOn || null,
        outcome: v.outcome.trim() || null,
      }),
    onSuccess: async (saved) => {
      client.setQueryData(referralQuery(saved.id).queryKey, saved);
      await client.invalidateQueries({ queryKey: REFERRALS_KEY });
    },
  });
  const conflict = conflictOf(save.error);
  const loadLatest = () => {
    if (conflict) client.setQueryData(referralQuery(conflict.id).queryKey, conflict);
  };
  const statuses = [referral.status, ...referral.nextStatuses];
  return (
    <Card withBorder component="section" aria-labelledby="referral-update">
      <Title order={2} size="h4" id="referral-update" mb="sm">
        {t('referrals.one.update')}
      </Title>
      <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select
                label={t('referrals.list.status')}
                description={
                  referral.nextStatuses.length === 0 ? t('referrals.one.closed') : undefined
                }
                data={statuses.map((s) => ({ value: s, label: t(`referrals.status.${s}`) }))}
                value={field.value}
                onChange={(v) => v && field.onChange(v)}
                disabled={referral.nextStatuses.length === 0}
                allowDeselect={false}
              />
            )}
          />
          <TextInput
            type="date"
            label={t('referrals.fields.followUpOn')}
            {...form.register('followUpOn')}
          />
          <Textarea
            label={t('referrals.one.outcome')}
            autosize
            minRows={2}
            {...form.register('outcome')}
          />
          {conflict && (
            <Alert color="orange" role="alert" title={t('referrals.one.conflictTitle')}>
              {t('referrals.one.conflictBody')}
              <Button mt="sm" size="xs" variant="default" onClick={loadLatest} display="block">
                {t('referrals.one.loadLatest')}
              </Button>
            </Alert>
          )}
          {save.error && !conflict && (
            <Alert color="red" role="alert" title={save.error.message}>
              {problemsOf(save.error).map((p) => (
                <div key={p}>{p}</div>
              ))}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('referrals.one.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
