/**
 * The one error model of Mainstream. Core and services throw AppError; the HTTP edge maps the
 * code to a status (src/server/http/error-handler.ts) and the web client rebuilds it from the body.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'totp_required',
  'second_factor_setup_required',
  'forbidden',
  'not_found',
  'conflict',
  'endorsement_blocked',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of a request, as shown next to the field in a form. */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  /**
   * `message` is a message key (e.g. `auth.invalid_credentials`) that the HTTP edge and the CLI
   * translate into the user's language; the web client receives the translated text.
   */
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  /** Whether a value is an AppError (also across module copies). */
  static isAppError(value: unknown): value is AppError {
    return value instanceof AppError || (value instanceof Error && value.name === 'AppError');
  }

  /** Rebuilds an AppError from an HTTP error body; unknown shapes become `internal`. */
  static fromBody(body: unknown, fallbackMessage = 'Unexpected error'): AppError {
    if (isErrorBody(body)) {
      return new AppError(body.error.code, body.error.message, body.error.details);
    }
    return new AppError('internal', fallbackMessage);
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((error as { code: string }).code) &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}
