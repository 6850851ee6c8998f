/** Time-based one-time passwords (RFC 6238, 30 s, 6 digits, SHA-1: what authenticator apps use). */
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Mainstream';

/** A new random secret, base32. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URL an authenticator app reads. */
export function totpUrl(secret: string, account: string): string {
  return totpFor(secret, account).toString();
}

/** Whether a code is valid now, allowing one step of clock drift either way. */
export function verifyTotp(secret: string, code: string, at = Date.now()): boolean {
  return totpFor(secret, '').validate({ token: code, timestamp: at, window: 1 }) !== null;
}

/** The current code for a secret (tests and the CLI). */
export function currentTotp(secret: string, at = Date.now()): string {
  return totpFor(secret, '').generate({ timestamp: at });
}

function totpFor(secret: string, account: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: account || ISSUER,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}
