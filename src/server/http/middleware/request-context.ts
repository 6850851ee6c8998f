/** Builds the service context of a request: who acts (session cookie or bearer token), from where, in which language. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context as HonoContext, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import {
  isLanguageCode,
  negotiateLanguage,
  type LanguageCode,
} from '../../../core/shared/language.js';
import type { Actor } from '../../../core/policy/actor.js';
import { actorFromApiToken, actorFromSession } from '../../services/auth.service.js';
import { actorFromSignature } from '../../services/webhook-secrets.service.js';
import type { Deps } from '../../services/context.js';
import type { AppEnv } from '../app-env.js';

export const SESSION_COOKIE = 'mainstream_session';

/** The middleware that sets `ctx` for every request. */
export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('ctx', {
      deps,
      db: deps.database.db,
      actor: await resolveActor(deps, c),
      origin: { ip: clientIp(c), userAgent: c.req.header('user-agent') ?? null },
      lang: requestLanguage(c),
    });
    await next();
  };
}

const SIGNED_PATHS = new Set(['/api/v1/channels/sms/inbound']);

async function resolveActor(deps: Deps, c: HonoContext): Promise<Actor | null> {
  const signature = c.req.header('x-mainstream-signature');
  const org = c.req.query('org');
  if (signature && org && c.req.method === 'POST' && SIGNED_PATHS.has(c.req.path)) {
    const timestamp = c.req.header('x-mainstream-timestamp');
    return actorFromSignature(deps, org, { timestamp, signature }, await c.req.text());
  }
  const authorization = c.req.header('authorization');
  if (authorization?.startsWith('Bearer '))
    return actorFromApiToken(deps, authorization.slice(7).trim());
  const session = getCookie(c, SESSION_COOKIE);
  return session ? actorFromSession(deps, session) : null;
}

/** `?lang=` when valid, else the Accept-Language header. */
function requestLanguage(c: HonoContext): LanguageCode {
  const query = c.req.query('lang');
  if (query && isLanguageCode(query)) return query;
  return negotiateLanguage(c.req.header('accept-language'));
}

function clientIp(c: HonoContext): string | null {
  // Requests made in-process (app.request, in tests and benchmarks) have no socket.
  const env = c.env as { incoming?: unknown; server?: unknown } | undefined;
  if (!env?.incoming && !env?.server) return null;
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}
