import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships both index.mjs and index.js; Node loads index.js for type-graphql and Apollo, so
// our own sources must get the same file or `instanceof` checks fail across two copies.
const graphqlMain = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  resolve: {
    // Import workspace packages from their TypeScript sources (see "source" in their exports).
    conditions: ['source'],
    alias: [{ find: /^graphql$/, replacement: graphqlMain }],
  },
  ssr: {
    resolve: { conditions: ['source'] },
  },
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'client/src/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each test file starts its own servers on ephemeral ports with its own temp database.
    fileParallelism: true,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
