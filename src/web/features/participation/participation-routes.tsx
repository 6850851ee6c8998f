import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireParticipation } from './require-participation.js';

const ConsultationsPage = lazy(() =>
  import('./consultations-page.js').then((m) => ({ default: m.ConsultationsPage })),
);
const ConsultationPage = lazy(() =>
  import('./consultation-page.js').then((m) => ({ default: m.ConsultationPage })),
);
const ConsultationFormPage = lazy(() =>
  import('./consultation-form-page.js').then((m) => ({ default: m.ConsultationFormPage })),
);
const ConsultationEditPage = lazy(() =>
  import('./consultation-form-page.js').then((m) => ({ default: m.ConsultationEditPage })),
);
const ParticipationChartPage = lazy(() =>
  import('./participation-chart-page.js').then((m) => ({ default: m.ParticipationChartPage })),
);
const CommitteesPage = lazy(() =>
  import('./committees-page.js').then((m) => ({ default: m.CommitteesPage })),
);
const CommitteePage = lazy(() =>
  import('./committee-page.js').then((m) => ({ default: m.CommitteePage })),
);
const CommitteeFormPage = lazy(() =>
  import('./committee-form-page.js').then((m) => ({ default: m.CommitteeFormPage })),
);
const CommitteeEditPage = lazy(() =>
  import('./committee-form-page.js').then((m) => ({ default: m.CommitteeEditPage })),
);

/** Consultations and committees: the pages under the signed-in layout (lazy, each behind its own guard). */
export const participationRoutes: RouteObject[] = [
  {
    path: 'participation',
    children: [
      {
        element: <RequireParticipation need="chart" />,
        children: [{ path: 'chart', element: <ParticipationChartPage /> }],
      },
      {
        element: <RequireParticipation />,
        children: [
          { index: true, element: <ConsultationsPage /> },
          { path: 'consultations/:id', element: <ConsultationPage /> },
          { path: 'committees', element: <CommitteesPage /> },
          { path: 'committees/:id', element: <CommitteePage /> },
        ],
      },
      {
        element: <RequireParticipation need="record" />,
        children: [
          { path: 'consultations/new', element: <ConsultationFormPage /> },
          { path: 'consultations/:id/edit', element: <ConsultationEditPage /> },
          { path: 'committees/new', element: <CommitteeFormPage /> },
          { path: 'committees/:id/edit', element: <CommitteeEditPage /> },
        ],
      },
    ],
  },
];
