import type { ClientFeature } from '../../app/feature.js';
import { InboxPage } from './InboxPage.js';
import { messages } from './messages.js';

export const feature: ClientFeature = {
  routes: [{ path: 'inbox', element: <InboxPage /> }],
  nav: [{ to: '/inbox', order: 30, label: { vi: messages.vi.nav, en: messages.en.nav }, visible: (me) => !!me }],
};
