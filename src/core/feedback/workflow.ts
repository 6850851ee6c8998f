/**
 * The feedback loop as a state machine (DOMAIN.md §6): received → acknowledged → in progress or
 * referred → responded → closed. Out-of-scope cases may be closed once acknowledged.
 */
import type { CaseStatus } from './feedback.schema.js';

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  received: ['acknowledged'],
  acknowledged: ['in_progress', 'referred', 'closed'],
  in_progress: ['referred', 'responded'],
  referred: ['in_progress', 'responded'],
  responded: ['closed', 'in_progress'],
  closed: [],
};

/** Whether a case may move from one status to another. */
export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

/** The statuses a case may move to next. */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}
