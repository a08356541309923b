import { lazy, Suspense } from 'react';
import type { ClientFeature } from '../../app/feature.js';
import { messages } from './messages.js';

// recharts is large: the page loads on demand.
const StatisticsPage = lazy(() => import('./StatisticsPage.js').then((m) => ({ default: m.StatisticsPage })));

export const feature: ClientFeature = {
  routes: [
    {
      path: 'statistics',
      element: (
        <Suspense fallback={null}>
          <StatisticsPage />
        </Suspense>
      ),
    },
  ],
  nav: [{ to: '/statistics', order: 40, label: { vi: messages.vi.nav, en: messages.en.nav } }],
};
