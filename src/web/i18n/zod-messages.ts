import i18next from 'i18next';
import { z } from 'zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

/** Translates one zod issue into a short message in the interface language. */
export function translateIssue(issue: RawIssue): string {
  const t = i18next.t;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? t('validation.required')
          : t('validation.tooShort', { min: Number(issue.minimum) });
      }
      if (issue.origin === 'array') return t('validation.required');
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t('validation.tooMany', { max: Number(issue.maximum) });
      return t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      return t('validation.invalid');
    case 'invalid_type':
      return issue.input === undefined || issue.input === ''
        ? t('validation.required')
        : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    default:
      return t('validation.invalid');
  }
}

/** Makes zod's messages follow the interface language (read at parse time). */
export function configureZodMessages(): void {
  z.config({ localeError: translateIssue });
}
