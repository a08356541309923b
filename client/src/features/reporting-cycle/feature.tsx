import type { ClientFeature } from '../../app/feature.js';
import { CyclesPage } from './CyclesPage.js';
import { messages } from './messages.js';

export const feature: ClientFeature = {
  routes: [{ path: 'cycles', element: <CyclesPage /> }],
  nav: [{ to: '/cycles', order: 30, label: { vi: messages.vi.nav, en: messages.en.nav }, visible: (me) => !!me }],
};
