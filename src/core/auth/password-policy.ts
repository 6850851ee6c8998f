/**
 * Password rules (SECURITY.md, NIST SP 800-63B): 8 to 256 characters, no composition rules,
 * refused when on a list of the most common passwords or when it contains the user's email name.
 */
import { COMMON_PASSWORDS } from './common-passwords.js';

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

/** Returns what is wrong with a new password, or null when it is acceptable. */
export function checkPassword(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'too_common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lowered.includes(local)) return 'contains_email';
  return null;
}
