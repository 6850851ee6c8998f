/**
 * Login throttling per account and per client address (SECURITY.md): after too many failures in
 * the window, further attempts get `rate_limited` until the window ends. Nobody is locked out for
 * good. Counters live in memory: one server process (see docs/decisions/005-sessions.md).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../core/errors.js';

export interface LoginThrottle {
  /** Throws `rate_limited` when the account or the address has failed too often. */
  assertAllowed(account: string, ip: string | null): Promise<void>;
  recordFailure(account: string, ip: string | null): Promise<void>;
  recordSuccess(account: string): Promise<void>;
}

export interface ThrottleLimits {
  perAccount: number;
  perIp: number;
  windowSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { perAccount: 10, perIp: 100, windowSeconds: 60 };

/** Creates an in-memory throttle with the given limits. */
export function createLoginThrottle(limits: ThrottleLimits = DEFAULT_THROTTLE): LoginThrottle {
  const byAccount = new RateLimiterMemory({
    points: limits.perAccount,
    duration: limits.windowSeconds,
  });
  const byIp = new RateLimiterMemory({ points: limits.perIp, duration: limits.windowSeconds });
  const ipKey = (ip: string | null) => ip ?? 'unknown';
  return {
    async assertAllowed(account, ip) {
      const [a, i] = await Promise.all([byAccount.get(account), byIp.get(ipKey(ip))]);
      const blocked = [a, i].find(
        (res, index) =>
          res && res.consumedPoints >= (index === 0 ? limits.perAccount : limits.perIp),
      );
      if (blocked) {
        throw new AppError('rate_limited', 'auth.too_many_attempts', {
          retryAfterSeconds: Math.ceil(blocked.msBeforeNext / 1000),
        });
      }
    },
    async recordFailure(account, ip) {
      await Promise.all([swallow(byAccount.penalty(account)), swallow(byIp.penalty(ipKey(ip)))]);
    },
    async recordSuccess(account) {
      await byAccount.delete(account);
    },
  };
}

async function swallow(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
