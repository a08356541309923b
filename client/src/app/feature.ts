// How a feature plugs into the app without editing a central file: it exports `feature` from
// client/src/features/<name>/feature.tsx, and app/features.ts collects every such module.
import type { RouteObject } from 'react-router';
import type { Locale } from '../i18n/i18n.js';

export interface NavEntry {
  to: string;
  label: Record<Locale, string>;
  /** Smaller comes first. */
  order: number;
  /** Shown only when this returns true (e.g. admins); default: always. */
  visible?: (me: { role: string } | null) => boolean;
}

export interface ClientFeature {
  /** Pages inside the app's layout (header, nav). Paths are relative to "/". */
  routes?: RouteObject[];
  /** Pages without the layout (full-screen meeting mode, sign-in). */
  bareRoutes?: RouteObject[];
  nav?: NavEntry[];
}
