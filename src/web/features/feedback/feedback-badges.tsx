import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deadlineState } from '../../../core/feedback/deadlines.js';
import type {
  CaseStatus,
  FeedbackCase,
  Sensitivity,
} from '../../../core/feedback/feedback.schema.js';
import {
  DEADLINE_COLOR,
  SENSITIVITY_COLOR,
  STATUS_COLOR,
  toDeadlineInput,
} from './feedback-labels.js';

/** Non-sensitive, sensitive or SEA. */
export function SensitivityBadge({ value }: { value: Sensitivity }) {
  const { t } = useTranslation();
  return (
    <Badge color={SENSITIVITY_COLOR[value]} variant="light" size="sm">
      {t(`feedback.sensitivity.${value}`)}
    </Badge>
  );
}

/** Where the case is in the loop. */
export function StatusBadge({ value }: { value: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[value]} variant="light" size="sm">
      {t(`feedback.status.${value}`)}
    </Badge>
  );
}

/** Overdue (filled red), due soon, on time or met, against the next deadline now. */
export function DeadlineBadge({ feedbackCase }: { feedbackCase: FeedbackCase }) {
  const { t } = useTranslation();
  const state = deadlineState(toDeadlineInput(feedbackCase), new Date());
  return (
    <Badge
      color={DEADLINE_COLOR[state]}
      variant={state === 'overdue' ? 'filled' : 'light'}
      size="sm"
    >
      {t(`feedback.deadline.${state}`)}
    </Badge>
  );
}
