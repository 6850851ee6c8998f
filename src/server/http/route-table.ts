/**
 * Every API route is declared here with the policy action it performs. A route cannot be added
 * without an action (the type requires one), its guard runs before validation, and the table is
 * what the authorisation-matrix test walks. Unknown /api paths answer 404 (deny by default).
 */
import { createRoute, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { policyOf, type PolicyAction } from '../../core/policy/policy.js';
import { authorize } from '../../core/policy/authorize.js';
import type { AppEnv } from './app-env.js';

export interface DeclaredRoute {
  method: string;
  path: string;
  action: PolicyAction;
}

/** Declares a route: its OpenAPI description plus the guard of its action. */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(
  action: PolicyAction,
  config: R,
) {
  return createRoute({
    ...config,
    middleware: [guard(action)],
    'x-policy-action': action,
  } as R & { middleware: MiddlewareHandler[]; 'x-policy-action': PolicyAction });
}

/** Rejects, before any validation, callers whose role or kind the policy does not allow. */
function guard(action: PolicyAction): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (policyOf(action)?.scope !== 'public') authorize(c.get('ctx').actor, action);
    await next();
  };
}

/** The routes an app declared, read back from its OpenAPI registry. */
export function declaredRoutes(app: OpenAPIHono<AppEnv>): DeclaredRoute[] {
  return app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== 'route') return [];
    const route = definition.route as RouteConfig & { 'x-policy-action'?: PolicyAction };
    const action = route['x-policy-action'];
    if (!action) throw new Error(`Route ${route.method} ${route.path} declares no policy action`);
    return [{ method: route.method.toUpperCase(), path: route.path, action }];
  });
}
