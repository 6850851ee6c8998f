import type { RouteObject } from 'react-router';

/** Consultations and committees: the pages under the signed-in layout (lazy, each behind its own guard). */
export const participationRoutes: RouteObject[] = [];
