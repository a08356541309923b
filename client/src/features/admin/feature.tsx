import { UserRole } from '@tiendo/shared';
import type { ClientFeature } from '../../app/feature.js';
import { AdminPage } from './AdminPage.js';
import { messages } from './messages.js';

export const feature: ClientFeature = {
  routes: [{ path: 'admin', element: <AdminPage /> }],
  nav: [
    {
      to: '/admin',
      order: 90,
      label: { vi: messages.vi.nav, en: messages.en.nav },
      visible: (me) => me?.role === UserRole.ADMIN,
    },
  ],
};
