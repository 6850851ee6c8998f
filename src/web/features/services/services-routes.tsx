import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireServices } from './require-services.js';

const DirectoryPage = lazy(() =>
  import('./directory-page.js').then((m) => ({ default: m.DirectoryPage })),
);
const ServicePage = lazy(() =>
  import('./service-page.js').then((m) => ({ default: m.ServicePage })),
);
const ServiceFormPage = lazy(() =>
  import('./service-form-page.js').then((m) => ({ default: m.ServiceFormPage })),
);
const ServiceEditPage = lazy(() =>
  import('./service-edit-page.js').then((m) => ({ default: m.ServiceEditPage })),
);
const ReferralPage = lazy(() =>
  import('./referral-page.js').then((m) => ({ default: m.ReferralPage })),
);
const PathwayPage = lazy(() =>
  import('./pathway-page.js').then((m) => ({ default: m.PathwayPage })),
);
const ReferralsPage = lazy(() =>
  import('./referrals-page.js').then((m) => ({ default: m.ReferralsPage })),
);
const ReferralFormPage = lazy(() =>
  import('./referral-form-page.js').then((m) => ({ default: m.ReferralFormPage })),
);

/** The service directory, referral pathways and referrals: the pages under the signed-in layout (lazy, each behind its own guard). */
export const servicesRoutes: RouteObject[] = [
  {
    path: 'directory',
    children: [
      {
        element: <RequireServices />,
        children: [
          { index: true, element: <DirectoryPage /> },
          { path: 'pathway', element: <PathwayPage /> },
          { path: ':id', element: <ServicePage /> },
        ],
      },
      {
        element: <RequireServices need="edit" />,
        children: [
          { path: 'new', element: <ServiceFormPage /> },
          { path: ':id/edit', element: <ServiceEditPage /> },
        ],
      },
    ],
  },
  {
    path: 'referrals',
    element: <RequireServices need="refer" />,
    children: [
      { index: true, element: <ReferralsPage /> },
      { path: 'new', element: <ReferralFormPage /> },
      { path: ':id', element: <ReferralPage /> },
    ],
  },
];
