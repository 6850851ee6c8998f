import type { RouteObject } from 'react-router';

/** The service directory, referral pathways and referrals: the pages under the signed-in layout (lazy, each behind its own guard). */
export const servicesRoutes: RouteObject[] = [];
