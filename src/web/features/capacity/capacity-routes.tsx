import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import {
  canReadFocalPoints,
  canReadTrainings,
  canRecordTrainings,
  canUpdateTrainings,
} from './capacity-labels.js';
import { RequireRole } from './require-capacity.js';

const TrainingsPage = lazy(() =>
  import('./trainings-page.js').then((m) => ({ default: m.TrainingsPage })),
);
const TrainingFormPage = lazy(() =>
  import('./training-form-page.js').then((m) => ({ default: m.TrainingFormPage })),
);
const TrainingEditPage = lazy(() =>
  import('./training-form-page.js').then((m) => ({ default: m.TrainingEditPage })),
);
const CoveragePage = lazy(() =>
  import('./coverage-page.js').then((m) => ({ default: m.CoveragePage })),
);
const GuidancePage = lazy(() =>
  import('./guidance-page.js').then((m) => ({ default: m.GuidancePage })),
);
const FocalPointsPage = lazy(() =>
  import('./focal-points-page.js').then((m) => ({ default: m.FocalPointsPage })),
);
const RoadmapPage = lazy(() =>
  import('./roadmap-page.js').then((m) => ({ default: m.RoadmapPage })),
);

/** Trainings, guidance, focal points and the protection roadmap: the pages under the signed-in layout (lazy, each behind its own guard). */
export const capacityRoutes: RouteObject[] = [
  {
    path: 'trainings',
    children: [
      {
        element: <RequireRole allows={canReadTrainings} />,
        children: [
          { index: true, element: <TrainingsPage /> },
          { path: 'coverage', element: <CoveragePage /> },
        ],
      },
      {
        element: <RequireRole allows={canRecordTrainings} />,
        children: [{ path: 'new', element: <TrainingFormPage /> }],
      },
      {
        element: <RequireRole allows={canUpdateTrainings} />,
        children: [{ path: ':id/edit', element: <TrainingEditPage /> }],
      },
    ],
  },
  { path: 'guidance', element: <GuidancePage /> },
  {
    path: 'focal-points',
    element: <RequireRole allows={canReadFocalPoints} />,
    children: [{ index: true, element: <FocalPointsPage /> }],
  },
  { path: 'roadmap', element: <RoadmapPage /> },
];
