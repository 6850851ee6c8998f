import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from '../components/app-layout.js';
import { SignInPage } from '../features/auth/sign-in-page.js';
import { FrameworkPage } from '../features/framework/framework-page.js';
import { RequireFeedback } from '../features/feedback/require-feedback.js';
import { NotFoundPage } from './not-found-page.js';
import { RequireAdmin } from './require-admin.js';
import { RequireAuth } from './require-auth.js';
import { RequireStaff } from './require-staff.js';
import { RequireRisk } from '../features/risk/require-risk.js';
import { RouteError } from './route-error.js';
import { participationRoutes } from '../features/participation/participation-routes.js';
import { safetyRoutes } from '../features/safety/safety-routes.js';
import { servicesRoutes } from '../features/services/services-routes.js';
import { capacityRoutes } from '../features/capacity/capacity-routes.js';

// Pages most users never open load on demand, keeping the first download small.
const RisksPage = lazy(() =>
  import('../features/risk/risks-page.js').then((m) => ({ default: m.RisksPage })),
);
const RiskEditPage = lazy(() =>
  import('../features/risk/risk-edit-page.js').then((m) => ({ default: m.RiskEditPage })),
);
const RiskFormPage = lazy(() =>
  import('../features/risk/risk-form-page.js').then((m) => ({ default: m.RiskFormPage })),
);
const RiskMatrixPage = lazy(() =>
  import('../features/risk/risk-matrix-page.js').then((m) => ({ default: m.RiskMatrixPage })),
);
const RiskHistoryPage = lazy(() =>
  import('../features/risk/risk-history-page.js').then((m) => ({ default: m.RiskHistoryPage })),
);
const AccountPage = lazy(() =>
  import('../features/account/account-page.js').then((m) => ({ default: m.AccountPage })),
);
const UsersPage = lazy(() =>
  import('../features/users/users-page.js').then((m) => ({ default: m.UsersPage })),
);
const ApiTokensPage = lazy(() =>
  import('../features/api-tokens/api-tokens-page.js').then((m) => ({ default: m.ApiTokensPage })),
);
const ProjectsPage = lazy(() =>
  import('../features/projects/projects-page.js').then((m) => ({ default: m.ProjectsPage })),
);
const ProjectPage = lazy(() =>
  import('../features/projects/project-page.js').then((m) => ({ default: m.ProjectPage })),
);
const ReportPage = lazy(() =>
  import('../features/report/report-page.js').then((m) => ({ default: m.ReportPage })),
);
const MyActionsPage = lazy(() =>
  import('../features/actions/my-actions-page.js').then((m) => ({ default: m.MyActionsPage })),
);
const PortfolioPage = lazy(() =>
  import('../features/portfolio/portfolio-page.js').then((m) => ({ default: m.PortfolioPage })),
);
const AccessPage = lazy(() =>
  import('../features/access/access-page.js').then((m) => ({ default: m.AccessPage })),
);
const ReachPage = lazy(() =>
  import('../features/reach/reach-page.js').then((m) => ({ default: m.ReachPage })),
);
const LocationsPage = lazy(() =>
  import('../features/locations/locations-page.js').then((m) => ({ default: m.LocationsPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page.js').then((m) => ({ default: m.SettingsPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/audit-page.js').then((m) => ({ default: m.AuditPage })),
);
const FeedbackPage = lazy(() =>
  import('../features/feedback/feedback-page.js').then((m) => ({ default: m.FeedbackPage })),
);
const IntakePage = lazy(() =>
  import('../features/feedback/intake-page.js').then((m) => ({ default: m.IntakePage })),
);
const CasePage = lazy(() =>
  import('../features/feedback/case-page.js').then((m) => ({ default: m.CasePage })),
);
const UpdatesPage = lazy(() =>
  import('../features/feedback/updates-page.js').then((m) => ({ default: m.UpdatesPage })),
);

/**
 * The feedback desk: desk roles log and work cases and write "You said, we did" updates;
 * managers and M&E officers read.
 */
const feedbackRoutes = {
  path: 'feedback',
  children: [
    {
      element: <RequireFeedback />,
      children: [
        { index: true, element: <FeedbackPage /> },
        { path: 'updates', element: <UpdatesPage /> },
        { path: ':id', element: <CasePage /> },
      ],
    },
    { element: <RequireFeedback desk />, children: [{ path: 'new', element: <IntakePage /> }] },
  ],
};

/** Projects, reports and actions: viewers see portfolio aggregates only. */
/** Risk analyses are confidential: readers list, see the matrix and histories; editors record. */
const riskRoutes = {
  path: 'risks',
  children: [
    {
      element: <RequireRisk />,
      children: [
        { index: true, element: <RisksPage /> },
        { path: 'matrix', element: <RiskMatrixPage /> },
        { path: 'history', element: <RiskHistoryPage /> },
      ],
    },
    {
      element: <RequireRisk edit />,
      children: [
        { path: 'new', element: <RiskFormPage /> },
        { path: ':id/edit', element: <RiskEditPage /> },
      ],
    },
  ],
};

const projectRoutes = {
  element: <RequireStaff />,
  children: [
    { path: 'projects', element: <ProjectsPage /> },
    { path: 'projects/:id', element: <ProjectPage /> },
    { path: 'projects/:id/report', element: <ReportPage /> },
    { path: 'actions', element: <MyActionsPage /> },
  ],
};

/** The route tree of the web client. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      errorElement: <RouteError />,
      children: [
        {
          // Errors inside a page replace the page only, and keep the header and navigation.
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Navigate to="/framework" replace /> },
            { path: 'framework', element: <FrameworkPage /> },
            { path: 'account', element: <AccountPage /> },
            { path: 'portfolio', element: <PortfolioPage /> },
            { path: 'locations', element: <LocationsPage /> },
            { path: 'access', element: <AccessPage /> },
            { path: 'reach', element: <ReachPage /> },
            projectRoutes,
            feedbackRoutes,
            riskRoutes,
            ...participationRoutes,
            ...safetyRoutes,
            ...servicesRoutes,
            ...capacityRoutes,
            {
              path: 'admin',
              element: <RequireAdmin />,
              children: [
                { index: true, element: <Navigate to="/admin/users" replace /> },
                { path: 'users', element: <UsersPage /> },
                { path: 'api-tokens', element: <ApiTokensPage /> },
                { path: 'audit', element: <AuditPage /> },
                { path: 'settings', element: <SettingsPage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
