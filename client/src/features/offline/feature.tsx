import type { ClientFeature } from '../../app/feature.js';
import { messages } from './messages.js';
import { PendingChangesPage } from './PendingChanges.js';

export const feature: ClientFeature = {
  routes: [{ path: 'pending', element: <PendingChangesPage /> }],
  nav: [{ to: '/pending', order: 90, label: { vi: messages.vi.nav, en: messages.en.nav }, visible: (me) => !!me }],
};
