import type { TFunction } from 'i18next';
import { AppError } from '../../../core/errors.js';
import { errorMessage } from '../../lib/error-message.js';

/** The sign-in form's message for a failed attempt (generic on purpose for bad credentials). */
export function signInErrorMessage(error: unknown, askedForCode: boolean, t: TFunction): string {
  if (!AppError.isAppError(error)) return errorMessage(error, t);
  if (error.code === 'unauthenticated') return t('signIn.badCredentials');
  if (error.code === 'totp_required')
    return askedForCode ? t('signIn.badCode') : t('signIn.codeNeeded');
  return errorMessage(error, t);
}
