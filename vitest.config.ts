import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Import workspace packages from their TypeScript sources (see "source" in their exports).
    conditions: ['source'],
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
