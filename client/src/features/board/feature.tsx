import type { ClientFeature } from '../../app/feature.js';
import { BoardPage } from './BoardPage.js';
import { MeetingPage } from './MeetingPage.js';

export const feature: ClientFeature = {
  routes: [{ path: 'plans/:planId', element: <BoardPage /> }],
  bareRoutes: [{ path: '/plans/:planId/meeting', element: <MeetingPage /> }],
};
