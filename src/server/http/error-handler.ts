/**
 * The HTTP edge of the one error model: the only table mapping error codes to statuses, and the
 * translation of framework, validation and database errors into AppErrors. Clients get
 * `{ error: { code, message, details } }` with the message in their language; stacks and SQL stay
 * in the log.
 */
import type { Context as HonoContext } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '../../core/errors.js';
import { negotiateLanguage } from '../../core/shared/language.js';
import { translateError } from '../i18n/translate.js';
import { ZodError } from 'zod';
import { validationError } from './validation.js';
import type { AppEnv } from './app-env.js';

export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  unauthenticated: 401,
  totp_required: 401,
  second_factor_setup_required: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  endorsement_blocked: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

/** Turns anything thrown into an AppError. */
export function toAppError(error: unknown): AppError {
  if (AppError.isAppError(error)) return error;
  if (error instanceof HTTPException) return fromHttpException(error);
  const pgCode = postgresCode(error);
  if (pgCode === '23505') return new AppError('conflict', 'code.conflict');
  if (pgCode === '22P02' || pgCode === '23514')
    return new AppError('validation_failed', 'validation.failed');
  return new AppError('internal', 'code.internal');
}

function fromHttpException(error: HTTPException): AppError {
  if (error.status === 413) return new AppError('payload_too_large', 'request.too_large');
  if (error.status === 400 && /json/i.test(error.message)) {
    return new AppError('validation_failed', 'request.malformed_json');
  }
  if (error.status === 400) return new AppError('validation_failed', 'validation.failed');
  if (error.status === 415) return new AppError('unsupported_media_type', 'request.json_expected');
  if (error.status === 401) return new AppError('unauthenticated', 'auth.sign_in_first');
  if (error.status === 404) return new AppError('not_found', 'record.not_found');
  return new AppError('internal', 'code.internal');
}

function postgresCode(error: unknown): string | undefined {
  const candidates = [error, (error as { cause?: unknown })?.cause];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown })?.code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Hono's onError: logs unexpected errors, answers with the error model. */
export function handleError(error: unknown, c: HonoContext<AppEnv>) {
  const ctx = c.get('ctx') as AppEnv['Variables']['ctx'] | undefined;
  const appError =
    error instanceof ZodError ? validationError(error, ctx?.lang ?? 'en') : toAppError(error);
  if (appError.code === 'internal') {
    const log = ctx?.deps.log;
    const detail =
      error instanceof Error ? { name: error.name, stack: error.stack } : { error: String(error) };
    if (log) log.error('request failed', { method: c.req.method, path: c.req.path, ...detail });
    else console.error(error);
  }
  return respondWithError(c, appError);
}

/** Writes an AppError as the error body, with the message translated. */
export function respondWithError(c: HonoContext, error: AppError) {
  const ctx = c.get('ctx') as AppEnv['Variables']['ctx'] | undefined;
  const lang = ctx?.lang ?? negotiateLanguage(c.req.header('accept-language'));
  const message = translateError(lang, error.code, error.message);
  const body = new AppError(error.code, message, publicDetails(error, message));
  const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)
    ?.retryAfterSeconds;
  if (retryAfter) c.header('Retry-After', String(retryAfter));
  return c.json(body.toBody(), STATUS_OF[error.code]);
}

/** Details for the client; field issues without a message take the error's own message. */
function publicDetails(error: AppError, message: string): unknown {
  if (error.code === 'internal') return undefined;
  const details = error.details as { fields?: { path: string; code: string; message?: string }[] };
  if (!details?.fields) return error.details;
  const fields = details.fields.map((f) => ({ ...f, message: f.message ?? message }));
  return { ...details, fields };
}
