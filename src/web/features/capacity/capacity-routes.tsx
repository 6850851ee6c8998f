import type { RouteObject } from 'react-router';

/** Trainings, guidance, focal points and the protection roadmap: the pages under the signed-in layout (lazy, each behind its own guard). */
export const capacityRoutes: RouteObject[] = [];
