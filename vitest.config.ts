import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { POSTGRES_URL, probeServices, REDIS_URL } from './test/services.js';

// graphql ships both index.mjs and index.js; Node loads index.js for type-graphql and Apollo, so
// our own sources must get the same file or `instanceof` checks fail across two copies.
const graphqlMain = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql');

const resolve = {
  // Import workspace packages from their TypeScript sources (see "source" in their exports).
  conditions: ['source'],
  alias: [{ find: /^graphql$/, replacement: graphqlMain }],
};

// The API suite runs again on PostgreSQL, and the scale-out tests need PostgreSQL and Redis. In CI
// they must run (and fail when the services do not answer); elsewhere they are skipped, saying why.
const services = await probeServices();
const ci = process.env.CI === 'true';
const missing = [
  services.postgres && `PostgreSQL (${services.postgres})`,
  services.redis && `Redis (${services.redis})`,
]
  .filter(Boolean)
  .join(', ');
const runServiceTests = ci || !missing;
if (!runServiceTests) {
  console.log(`\nSkipping the PostgreSQL run of the API suite and the scale-out tests: ${missing} not available.\n`);
}

const common = { testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  resolve,
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        resolve,
        ssr: { resolve: { conditions: ['source'] } },
        test: {
          ...common,
          name: 'sqlite',
          include: [
            'shared/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'client/src/**/*.test.{ts,tsx}',
            'test/**/*.test.ts',
          ],
          exclude: ['test/scale-out/**', '**/node_modules/**'],
        },
      },
      ...(runServiceTests
        ? [
            {
              resolve,
              ssr: { resolve: { conditions: ['source'] } },
              test: {
                ...common,
                name: 'postgres',
                include: ['server/src/**/*.test.ts', 'test/scale-out/**/*.test.ts'],
                // Entities read DATABASE_URL when they load (server/src/db/column-types.ts).
                env: { DATABASE_URL: POSTGRES_URL, TIENDO_TEST_REDIS_URL: REDIS_URL },
              },
            },
          ]
        : []),
    ],
  },
});
