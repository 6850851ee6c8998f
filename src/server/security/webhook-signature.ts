/**
 * Signed webhooks (SECURITY.md): HMAC-SHA256 over `<timestamp>.<body>` with the organisation's
 * webhook secret, sent as `X-Mainstream-Timestamp` (Unix seconds) and
 * `X-Mainstream-Signature: sha256=<hex>`; accepted within five minutes either way.
 */
import crypto from 'node:crypto';
import { safeEqual } from './secrets.js';

export const SIGNATURE_WINDOW_SECONDS = 300;

/** The signature header value for a body at a time (gateways and tests use it). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Whether the signature is valid for the body and the timestamp is within the window. */
export function verifyWebhook(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  body: string,
  now: Date,
): boolean {
  if (!timestamp || !signature || !/^\d{9,11}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) return false;
  return safeEqual(signWebhook(secret, Number(timestamp), body), signature);
}
