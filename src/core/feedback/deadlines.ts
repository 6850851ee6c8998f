/**
 * Deadlines per organisation setting (no inter-agency standard exists, DOMAIN.md §6): hours to
 * acknowledge and to respond, per sensitivity. SEA cases go to the PSEA focal point the same day.
 */
import type { CaseStatus, Sensitivity } from './feedback.schema.js';

export interface DeadlineSettings {
  acknowledgeHours: Record<Sensitivity, number>;
  respondHours: Record<Sensitivity, number>;
  /** A deadline within this many hours is "due soon". */
  dueSoonHours: number;
}

export const DEFAULT_DEADLINES: DeadlineSettings = {
  acknowledgeHours: { non_sensitive: 48, sensitive: 24, sea: 8 },
  respondHours: { non_sensitive: 14 * 24, sensitive: 7 * 24, sea: 24 },
  dueSoonHours: 24,
};

const HOUR = 3_600_000;

/** The acknowledge-by and respond-by times of a case received at `receivedAt`. */
export function computeDeadlines(
  receivedAt: Date,
  sensitivity: Sensitivity,
  settings: DeadlineSettings = DEFAULT_DEADLINES,
) {
  return {
    acknowledgeDue: new Date(receivedAt.getTime() + settings.acknowledgeHours[sensitivity] * HOUR),
    respondDue: new Date(receivedAt.getTime() + settings.respondHours[sensitivity] * HOUR),
  };
}

export type DeadlineState = 'met' | 'on_time' | 'due_soon' | 'overdue';

/** Where a case stands against its next deadline at `now`. */
export function deadlineState(
  c: { status: CaseStatus; acknowledgeDue: Date | null; respondDue: Date | null },
  now: Date,
  settings: DeadlineSettings = DEFAULT_DEADLINES,
): DeadlineState {
  if (c.status === 'responded' || c.status === 'closed') return 'met';
  const due = c.status === 'received' ? c.acknowledgeDue : c.respondDue;
  if (!due) return 'on_time';
  if (due.getTime() < now.getTime()) return 'overdue';
  return due.getTime() - now.getTime() <= settings.dueSoonHours * HOUR ? 'due_soon' : 'on_time';
}
