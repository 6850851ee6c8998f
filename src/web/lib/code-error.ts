import type { FieldError } from 'react-hook-form';

/** For a 6-digit code field: the server's message for a refused code, ours for a malformed one. */
export function codeError(error: FieldError | undefined, malformed: string): string | undefined {
  if (!error) return undefined;
  return error.type === 'server' && error.message ? error.message : malformed;
}
