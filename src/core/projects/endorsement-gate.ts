/**
 * The endorsement gate (issue 3, DOMAIN.md §1): a project leaves endorsement for implementation
 * only when every mandatory design and endorsement item is met or waived.
 */
import type { AnswerStatus } from '../checklists/answer.js';

export interface GateItem {
  id: string;
  phase: string;
  mandatory: boolean;
}

export const GATED_PHASES = ['design', 'endorsement'] as const;

/** The ids of the items blocking endorsement, in item order; empty when the gate is open. */
export function findBlockingItems(
  items: readonly GateItem[],
  answers: ReadonlyMap<string, AnswerStatus>,
  waived: ReadonlySet<string>,
): string[] {
  return items
    .filter((item) => item.mandatory && (GATED_PHASES as readonly string[]).includes(item.phase))
    .filter((item) => answers.get(item.id) !== 'met' && !waived.has(item.id))
    .map((item) => item.id);
}
