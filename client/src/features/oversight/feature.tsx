import { UserRole } from '@tiendo/shared';
import type { ClientFeature } from '../../app/feature.js';
import { messages } from './messages.js';
import { OversightPage } from './OversightPage.js';

const overseers: string[] = [UserRole.MONITOR, UserRole.LEADERSHIP, UserRole.COORDINATOR, UserRole.ADMIN];

export const feature: ClientFeature = {
  routes: [
    { path: 'oversight', element: <OversightPage /> },
    { path: 'oversight/:planId', element: <OversightPage /> },
  ],
  nav: [
    {
      to: '/oversight',
      order: 40,
      label: { vi: messages.vi.nav, en: messages.en.nav },
      visible: (me) => !!me && overseers.includes(me.role),
    },
  ],
};
