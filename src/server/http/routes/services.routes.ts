import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { registerDirectoryRoutes } from './directory.routes.js';
import { registerReferralRoutes } from './referrals.routes.js';

/** The service directory (with pathways and HSDS) and referrals (issue 6). */
export function registerServicesRoutes(app: OpenAPIHono<AppEnv>) {
  registerDirectoryRoutes(app);
  registerReferralRoutes(app);
}
