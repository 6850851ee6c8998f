import type { z } from 'zod';
import type { totpSetupSchema } from '../../../core/auth/auth.schema.js';
import { api } from '../../api/client.js';

export type TotpSetup = z.infer<typeof totpSetupSchema>;

/** Starts two-factor setup: a new secret, not active until confirmed with a code. */
export function startTotpSetup(): Promise<TotpSetup> {
  return api.post<TotpSetup>('/api/v1/me/totp/setup');
}

/** Turns two-factor authentication on, proving the app holds the secret. */
export function enableTotp(code: string): Promise<void> {
  return api.post<void>('/api/v1/me/totp/enable', { code });
}

/** Turns two-factor authentication off, with a current code. */
export function disableTotp(code: string): Promise<void> {
  return api.post<void>('/api/v1/me/totp/disable', { code });
}
