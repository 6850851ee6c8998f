import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { AppError, type FieldIssue } from '../../core/errors.js';
import { errorMessage } from './error-message.js';

/** The per-field problems an error carries: validation_failed, or conflict (e.g. email taken). */
export function readFieldIssues(error: unknown): FieldIssue[] {
  if (!AppError.isAppError(error)) return [];
  const details = error.details as { fields?: unknown } | undefined;
  if (!details || !Array.isArray(details.fields)) return [];
  return details.fields.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof issue.path === 'string' &&
      typeof issue.message === 'string',
  );
}

/**
 * Puts the server's field messages (already in the user's language) next to the form's fields.
 * Returns the issues that match no field, for a message above the form.
 */
export function applyFieldIssues<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
): FieldIssue[] {
  const unmatched: FieldIssue[] = [];
  for (const issue of readFieldIssues(error)) {
    // 'officeIds.2' belongs to the 'officeIds' field.
    const field = fields.find((name) => issue.path === name || issue.path.startsWith(`${name}.`));
    if (field) setError(field, { type: 'server', message: issue.message }, { shouldFocus: true });
    else unmatched.push(issue);
  }
  return unmatched;
}

/**
 * After a failed submit: puts field issues on their fields and returns the message to show above
 * the form, or null when every problem already sits next to its field.
 */
export function submitErrorMessage<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
  t: TFunction,
): string | null {
  const issues = readFieldIssues(error);
  const unmatched = applyFieldIssues(error, setError, fields);
  if (issues.length > 0 && unmatched.length === 0) return null;
  if (unmatched.length > 0) return unmatched.map((issue) => issue.message).join(' ');
  return errorMessage(error, t);
}
