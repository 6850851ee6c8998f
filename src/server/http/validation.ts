/** Turns a failed zod validation into the `validation_failed` error, with field messages in the user's language. */
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../core/errors.js';
import type { LanguageCode } from '../../core/shared/language.js';
import { translate, translateIssue } from '../i18n/translate.js';

/** The field issues of a zod error; unknown keys are named one by one. */
export function fieldIssues(error: z.ZodError, lang: LanguageCode): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        code: 'unrecognized_key',
        message: translate(lang, 'validation.unknown_field'),
      }));
    }
    return [{ path: base, code: issue.code, message: translateIssue(lang, issue) }];
  });
}

/** The AppError for a failed validation. */
export function validationError(error: z.ZodError, lang: LanguageCode): AppError {
  return new AppError('validation_failed', 'validation.failed', {
    fields: fieldIssues(error, lang),
  });
}
