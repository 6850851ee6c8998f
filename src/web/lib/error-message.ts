import type { TFunction } from 'i18next';
import { AppError } from '../../core/errors.js';

/** A message for any failure, in the interface language, chosen by error code (never by text). */
export function errorMessage(error: unknown, t: TFunction): string {
  if (AppError.isAppError(error)) return t(`errors.${error.code}`);
  // fetch rejects with a TypeError when the network is down or the server unreachable.
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.internal');
}
