import type { RouteObject } from 'react-router';

/** Site safety audits: the pages under the signed-in layout (lazy, each behind its own guard). */
export const safetyRoutes: RouteObject[] = [];
