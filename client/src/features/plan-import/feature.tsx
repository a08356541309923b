import type { ClientFeature } from '../../app/feature.js';
import { messages } from './messages.js';

export const feature: ClientFeature = {
  routes: [
    {
      path: 'import',
      lazy: () => import('./PlanImportPage.js').then((m) => ({ Component: m.PlanImportPage })),
    },
  ],
  nav: [
    {
      to: '/import',
      order: 30,
      label: { vi: messages.vi.nav, en: messages.en.nav },
      visible: (me) => me?.role === 'ADMIN' || me?.role === 'COORDINATOR',
    },
  ],
};
