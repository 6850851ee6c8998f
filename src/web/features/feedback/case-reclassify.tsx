import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SENSITIVITIES,
  type FeedbackCase,
  type Sensitivity,
} from '../../../core/feedback/feedback.schema.js';
import { useEnumOptions } from './feedback-labels.js';
import { UpdateOutcome } from './update-outcome.js';
import { useCaseUpdate } from './use-case-update.js';

const MIN_REASON = 10;

/** Changes the sensitivity, with the reason (at least 10 characters) kept in the case's notes. */
export function CaseReclassify({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation();
  const { mutation, isConflict } = useCaseUpdate(item);
  const options = useEnumOptions('sensitivity', SENSITIVITIES).filter(
    (option) => option.value !== item.sensitivity,
  );
  const [sensitivity, setSensitivity] = useState<Sensitivity | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = () => {
    if (!sensitivity) return;
    if (reason.trim().length < MIN_REASON) {
      setReasonError(t('feedback.case.reasonTooShort', { min: MIN_REASON }));
      return;
    }
    setReasonError(null);
    setSaved(null);
    mutation.mutate(
      { sensitivity, reason: reason.trim() },
      {
        onSuccess: () => {
          setSensitivity(null);
          setReason('');
          setSaved(t('feedback.case.reclassified'));
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <Select
        label={t('feedback.case.newSensitivity')}
        placeholder={t('feedback.fields.notSet')}
        data={options}
        value={sensitivity}
        onChange={(value) => setSensitivity(value as Sensitivity | null)}
        clearable
        maw={320}
      />
      <Textarea
        label={t('feedback.case.reason')}
        description={t('feedback.case.reasonHint', { min: MIN_REASON })}
        autosize
        minRows={2}
        maxLength={2000}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={reasonError}
        required={sensitivity !== null}
      />
      <Group>
        <Button
          variant="default"
          onClick={save}
          loading={mutation.isPending}
          disabled={!sensitivity}
        >
          {t('feedback.case.reclassify')}
        </Button>
      </Group>
      <UpdateOutcome error={mutation.error} isConflict={isConflict} saved={saved} />
    </Stack>
  );
}
