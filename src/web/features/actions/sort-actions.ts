import { isOverdue, type Action } from '../../../core/projects/action.schema.js';

/** Whether an action is overdue: the server's flag, or past due on the device's today. */
export function isActionOverdue(action: Action, today: string): boolean {
  return action.overdue || isOverdue(action, today);
}

/** Overdue first, then open before done, then by due date (none last), then by title. */
export function sortActions(actions: readonly Action[], today: string): Action[] {
  const rank = (action: Action) =>
    isActionOverdue(action, today) ? 0 : action.status === 'done' ? 2 : 1;
  return [...actions].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
      a.title.localeCompare(b.title),
  );
}
