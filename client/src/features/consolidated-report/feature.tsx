import type { ClientFeature } from '../../app/feature.js';
import { ConsolidatedReportPage } from './ConsolidatedReportPage.js';
import { messages } from './messages.js';

export const feature: ClientFeature = {
  routes: [{ path: 'reports', element: <ConsolidatedReportPage /> }],
  nav: [
    {
      to: '/reports',
      order: 35,
      label: { vi: messages.vi.nav, en: messages.en.nav },
      visible: (me) => me?.role === 'COORDINATOR' || me?.role === 'LEADERSHIP' || me?.role === 'ADMIN',
    },
  ],
};
