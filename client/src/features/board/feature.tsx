import type { ClientFeature } from '../../app/feature.js';
import { BoardPage } from './BoardPage.js';
import { boardLoader, reloadForAnotherPlan } from './loader.js';
import { MeetingPage } from './MeetingPage.js';

export const feature: ClientFeature = {
  routes: [
    { path: 'plans/:planId', loader: boardLoader, shouldRevalidate: reloadForAnotherPlan, element: <BoardPage /> },
  ],
  bareRoutes: [
    {
      path: '/plans/:planId/meeting',
      loader: boardLoader,
      shouldRevalidate: reloadForAnotherPlan,
      element: <MeetingPage />,
    },
  ],
};
