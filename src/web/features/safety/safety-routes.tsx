import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSafety } from './require-safety.js';

const SitesPage = lazy(() => import('./sites-page.js').then((m) => ({ default: m.SitesPage })));
const SitePage = lazy(() => import('./site-page.js').then((m) => ({ default: m.SitePage })));
const AuditPage = lazy(() => import('./audit-page.js').then((m) => ({ default: m.AuditPage })));
const TemplatePage = lazy(() =>
  import('./template-page.js').then((m) => ({ default: m.TemplatePage })),
);
const AuditFormPage = lazy(() =>
  import('./audit-form-page.js').then((m) => ({ default: m.AuditFormPage })),
);

/** Site safety audits: the pages under the signed-in layout (lazy, each behind its own guard). */
export const safetyRoutes: RouteObject[] = [
  {
    path: 'safety',
    children: [
      {
        element: <RequireSafety />,
        children: [
          { index: true, element: <SitesPage /> },
          { path: 'sites/:id', element: <SitePage /> },
          { path: 'audits/:id', element: <AuditPage /> },
          { path: 'template', element: <TemplatePage /> },
        ],
      },
      {
        element: <RequireSafety audit />,
        children: [{ path: 'sites/:id/audits/new', element: <AuditFormPage /> }],
      },
    ],
  },
];
