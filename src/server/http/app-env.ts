import type { Context } from '../services/context.js';

/** Hono's per-request variables: the service context built by the request-context middleware. */
export interface AppEnv {
  Variables: { ctx: Context };
}
