import type { ClientFeature } from '../../app/feature.js';
import { SignInPage } from './SignInPage.js';

export const feature: ClientFeature = {
  routes: [{ path: 'sign-in', element: <SignInPage /> }],
};
