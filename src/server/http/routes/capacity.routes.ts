import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { registerGuidanceRoutes } from './guidance.routes.js';
import { registerRoadmapRoutes } from './roadmap.routes.js';
import { registerTrainingRoutes } from './trainings.routes.js';

/** Trainings and coverage, the guidance library and focal points, the protection roadmap. */
export function registerCapacityRoutes(app: OpenAPIHono<AppEnv>) {
  registerTrainingRoutes(app);
  registerGuidanceRoutes(app);
  registerRoadmapRoutes(app);
}
