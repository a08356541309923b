// Every client/src/features/*/feature.tsx, found at build time by Vite.
import type { ClientFeature } from './feature.js';

const modules = import.meta.glob<{ feature: ClientFeature }>('../features/*/feature.tsx', { eager: true });

export const features: ClientFeature[] = Object.keys(modules)
  .sort()
  .map((path) => modules[path]!.feature);

export const navEntries = features.flatMap((f) => f.nav ?? []).sort((a, b) => a.order - b.order);
