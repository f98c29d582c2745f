import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type Config, testConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { prepareData } from '../../src/services/seed.js';
import { createTestDatabase } from './database.js';
import { installResponseValidation } from './openapi-validator.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** This file's PostgreSQL URL (undefined on PGlite). */
  url?: string;
  close: () => Promise<void>;
}

/**
 * The whole service on a database of its own, through HTTP (inject) only.
 * `seed: true` loads the sample programs through the import, as `npm start` does.
 */
export async function createTestApp(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const seed = options.seed ?? true;
  const { database, url, drop } = await createTestDatabase({ seeded: seed });
  // What the template already holds, as `npm start` would find it; it runs the same preparation.
  await prepareData(database.primary, { seedOnEmpty: seed });
  // Test files send thousands of requests from one address; a test of the limit itself passes a low one.
  const config = testConfig({
    RATE_LIMIT_MAX: 1_000_000,
    ...options.config,
    ...(url ? { DATABASE_URL: url } : {}),
  });
  const app = await buildApp({ config, database });
  // Every answer is checked against the OpenAPI document; tests/helpers/conformance-setup.ts fails the test on a violation.
  installResponseValidation(app);
  await app.ready();
  return {
    app,
    database,
    url,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

/** GET a path and parse the JSON answer. */
export async function getJson<T = any>(
  app: FastifyInstance,
  url: string,
): Promise<{ status: number; body: T; headers: Record<string, unknown> }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as T, headers: response.headers };
}
