import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ANSWER_STATUSES, type AnswerStatus } from '../../../core/checklists/answer.js';

const ANSWER_LABELS: Record<AnswerStatus, string> = {
  met: 'checklist.answers.met',
  partly: 'checklist.answers.partly',
  not_met: 'checklist.answers.not_met',
  not_applicable: 'checklist.answers.not_applicable',
};

interface AnswerChoicesProps {
  value: AnswerStatus | null;
  onChange: (status: AnswerStatus) => void;
  describedBy: string;
}

/** The four answers as large radio cards: two per row on phones, one tap each. */
export function AnswerChoices({ value, onChange, describedBy }: AnswerChoicesProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('checklist.yourAnswer')}
      value={value}
      onChange={(next) => onChange(next as AnswerStatus)}
      aria-describedby={describedBy}
    >
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt={4}>
        {ANSWER_STATUSES.map((status) => (
          <Radio.Card key={status} value={status} className="answer-card" data-answer={status}>
            <Group gap="xs" wrap="nowrap">
              <Radio.Indicator size="sm" />
              <Text size="sm" fw={500}>
                {t(ANSWER_LABELS[status])}
              </Text>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

/** The label of an answer in the interface language. */
export function useAnswerLabel() {
  const { t } = useTranslation();
  return (status: AnswerStatus) => t(ANSWER_LABELS[status]);
}
