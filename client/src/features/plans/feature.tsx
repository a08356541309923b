import type { ClientFeature } from '../../app/feature.js';
import { messages } from './messages.js';
import { PlanListPage } from './PlanListPage.js';

export const feature: ClientFeature = {
  routes: [{ path: 'plans', element: <PlanListPage /> }],
  nav: [{ to: '/plans', order: 10, label: { vi: messages.vi.nav, en: messages.en.nav } }],
};
