/**
 * Cross-site request forgery defence (SECURITY.md): a state-changing request that carries the
 * session cookie must carry an Origin header of this site. A request with a foreign Origin is
 * refused whatever it carries. Bearer-token clients (no cookie) are not browsers and pass.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../../../core/errors.js';
import type { AppEnv } from '../app-env.js';
import { SESSION_COOKIE } from './request-context.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The middleware; `publicOrigin` is the origin browsers see when behind a proxy. */
export function originCheck(publicOrigin: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const allowed = new Set([new URL(c.req.url).origin, publicOrigin].filter(Boolean));
    const hasCookie = getCookie(c, SESSION_COOKIE) !== undefined;
    const bearer = c.req.header('authorization')?.startsWith('Bearer ') ?? false;
    if (origin !== undefined && !allowed.has(origin))
      throw new AppError('forbidden', 'policy.origin_mismatch');
    if (origin === undefined && hasCookie && !bearer)
      throw new AppError('forbidden', 'policy.origin_mismatch');
    await next();
  };
}
