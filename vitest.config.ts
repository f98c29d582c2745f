import { defineConfig } from 'vitest/config';

// What only a PostgreSQL server has: streaming replicas, and a server that can go away and come back
// (the embedded database lives and dies with the process). These files run when DATABASE_URL is set.
const postgresServerOnly = [
  'tests/integration/read-replica.test.ts',
  'tests/integration/faults.test.ts',
  'tests/integration/connection-loss.test.ts',
  'tests/integration/cli-faults.test.ts',
  'tests/integration/webhooks-two-instances.test.ts',
];

export default defineConfig({
  test: {
    // Each test file gets its own database (in-memory PGlite or a fresh PostgreSQL database),
    // so files run in parallel safely.
    pool: 'forks',
    fileParallelism: true,
    testTimeout: 30_000,
    // Files that build several apps in beforeAll need longer than a test on a busy two-core machine.
    hookTimeout: 180_000,
    // Fails a test whose answers do not conform to the OpenAPI document (tests/helpers/openapi-validator.ts).
    setupFiles: ['tests/helpers/conformance-setup.ts'],
    // The databases every file copies, prepared once per run (tests/helpers/database-templates.ts).
    globalSetup: ['tests/helpers/database-templates.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'service',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', ...(process.env.DATABASE_URL ? [] : postgresServerOnly)],
        },
      },
      {
        // Chromium against the listening service: slower to start, and one browser at a time.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
