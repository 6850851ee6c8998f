import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate } from '../../lib/format-date.js';
import { useAnswerLabel } from './answer-choices.js';

/** The answer as text, for those who may not answer (or phases no longer answerable). */
export function ReadOnlyAnswer({ item }: { item: ChecklistItemView }) {
  const { t } = useTranslation();
  const label = useAnswerLabel();
  if (!item.answer) {
    return (
      <Text size="sm" c="dimmed">
        {t('checklist.unanswered')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label(item.answer.status)}
      </Text>
      {item.answer.justification && (
        <Text size="sm">
          {t('checklist.justification')}: {item.answer.justification}
        </Text>
      )}
      {item.answer.note && (
        <Text size="sm">
          {t('checklist.note')}: {item.answer.note}
        </Text>
      )}
    </Stack>
  );
}

/** Who waived the item, when and why. */
export function WaiverNote({ item }: { item: ChecklistItemView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!item.waiver) return null;
  const by = item.waiver.waivedBy ?? t('checklist.someone');
  const title = t('checklist.waiverBy', { name: by, at: formatDate(item.waiver.waivedAt, lang) });
  return (
    <Alert color="orange" variant="light" p="xs" title={title}>
      <Text size="sm">{item.waiver.reason}</Text>
    </Alert>
  );
}

/** The item's text, and its guidance in a disclosure. */
export function ItemText({ item, textId }: { item: ChecklistItemView; textId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={500} id={textId}>
        {item.text}
      </Text>
      {item.guidance && (
        <details className="guidance">
          <summary>{t('checklist.guidance')}</summary>
          <Text size="sm" mt={4}>
            {item.guidance}
          </Text>
        </details>
      )}
    </>
  );
}

interface FollowUpsProps {
  textId: string;
  onWaive: (() => void) | null;
  onCreateAction: (() => void) | null;
}

/** "Waive" and "Create action", when they apply. */
export function FollowUps({ textId, onWaive, onCreateAction }: FollowUpsProps) {
  const { t } = useTranslation();
  if (!onWaive && !onCreateAction) return null;
  const button = (label: string, onClick: () => void) => (
    <Button size="xs" variant="default" aria-describedby={textId} onClick={onClick}>
      {label}
    </Button>
  );
  return (
    <Group gap="xs">
      {onWaive && button(t('checklist.waive'), onWaive)}
      {onCreateAction && button(t('checklist.createAction'), onCreateAction)}
    </Group>
  );
}
