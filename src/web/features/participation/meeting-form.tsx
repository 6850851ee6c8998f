import { Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  committeeMeetingFieldsSchema,
  type CommitteeMeetingFields,
} from '../../../core/participation/committee.schema.js';
import { SEXES } from '../../../core/reach/sex.js';
import type { z } from 'zod';
import { FormAlert } from '../../components/form-alert.js';
import { todayIso } from '../../lib/today.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { PARTICIPATION_QUERY_KEY, recordMeeting } from './participation.api.js';

type Input = z.input<typeof committeeMeetingFieldsSchema> & { decisionsText?: string };

/** Records a meeting: date, attendance by sex, one decision per line. */
export function MeetingForm({ committeeId }: { committeeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Input, unknown, CommitteeMeetingFields>({
    resolver: zodResolver(committeeMeetingFieldsSchema),
    defaultValues: {
      heldOn: todayIso(),
      attendance: SEXES.map((sex) => ({ sex, count: 0 })),
      decisions: [],
    },
  });
  const { submit, message, isPending } = useServerSubmit({
    setError: form.setError,
    fields: ['heldOn', 'attendance', 'decisions'] as const,
    send: (values: CommitteeMeetingFields) => recordMeeting(committeeId, values),
    onSuccess: async () => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: PARTICIPATION_QUERY_KEY });
    },
  });
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <Stack gap="sm">
        <FormAlert message={message} />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('participation.meetings.heldOn')}
            required
            w={{ base: '100%', xs: 180 }}
            {...form.register('heldOn')}
          />
          {SEXES.map((sex, i) => (
            <Controller
              key={sex}
              control={form.control}
              name={`attendance.${i}.count`}
              render={({ field }) => (
                <NumberInput
                  label={t(`participation.sexes.${sex}`)}
                  min={0}
                  allowDecimal={false}
                  w={110}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)}
                />
              )}
            />
          ))}
        </Group>
        <Controller
          control={form.control}
          name="decisions"
          render={({ field }) => (
            <Textarea
              label={t('participation.meetings.decisions')}
              description={t('participation.meetings.decisionsHint')}
              autosize
              minRows={2}
              value={(field.value ?? []).join('\n')}
              onChange={(e) =>
                field.onChange(e.currentTarget.value.split('\n').filter((line) => line.trim()))
              }
            />
          )}
        />
        <Button type="submit" loading={isPending} w="fit-content">
          {t('participation.meetings.submit')}
        </Button>
      </Stack>
    </form>
  );
}
