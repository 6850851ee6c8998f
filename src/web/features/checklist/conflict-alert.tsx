import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../core/checklists/checklist.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDateTime } from '../../lib/format-date.js';

interface ConflictAlertProps {
  current: Answer;
  onAcceptTheirs: () => void;
  onKeepMine: () => void;
}

/** "Changed by someone else": their answer, and the choice to take it or save ours over it. */
export function ConflictAlert({ current, onAcceptTheirs, onKeepMine }: ConflictAlertProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Alert color="orange" title={t('checklist.conflict.title')} role="alert">
      <Text size="sm">
        {t('checklist.conflict.body', {
          name: current.answeredBy ?? t('checklist.someone'),
          at: formatDateTime(current.answeredAt, lang),
        })}
      </Text>
      <Text size="sm" fw={600} mt={4}>
        {t(`checklist.answers.${current.status}`)}
      </Text>
      {current.justification && (
        <Text size="sm">
          {t('checklist.justification')}: {current.justification}
        </Text>
      )}
      {current.note && (
        <Text size="sm">
          {t('checklist.note')}: {current.note}
        </Text>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="default" onClick={onAcceptTheirs}>
          {t('checklist.conflict.acceptTheirs')}
        </Button>
        <Button size="xs" onClick={onKeepMine}>
          {t('checklist.conflict.keepMine')}
        </Button>
      </Group>
    </Alert>
  );
}
