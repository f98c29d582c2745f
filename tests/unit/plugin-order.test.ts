import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { DataVersion } from '../../src/db/data-version.js';
import { compression } from '../../src/plugins/compression.js';
import { httpCache } from '../../src/plugins/http-cache.js';
import { problemDetails } from '../../src/plugins/problem-details.js';
import { rateLimiting } from '../../src/plugins/rate-limit.js';
import { responseCache } from '../../src/plugins/response-cache.js';

/**
 * The plugins that rely on another one's hooks declare it (fastify-plugin `dependencies`): an app
 * that registers them in the wrong order does not start, so the order of src/app.ts is checked, not
 * only commented.
 */
const dataVersion: DataVersion = { current: 1, onChange: () => {}, refresh: async () => {}, close: async () => {} };

describe('plugin dependencies', () => {
  it.each([
    [
      'response-cache before http-cache',
      async (app: ReturnType<typeof Fastify>) => {
        await app.register(responseCache, { size: 10, dataVersion });
      },
      'http-cache',
    ],
    [
      'compression before response-cache',
      async (app: ReturnType<typeof Fastify>) => {
        await app.register(httpCache, { maxAge: 60, dataVersion });
        await app.register(compression);
      },
      'response-cache',
    ],
    [
      'rate limits before problem details',
      async (app: ReturnType<typeof Fastify>) => {
        await app.register(rateLimiting, { max: 10, keyPrefix: 'test:' });
      },
      'problem-details',
    ],
  ])('refuses to start with %s', async (_name, register, missing) => {
    const app = Fastify();
    await expect(register(app).then(() => app.ready())).rejects.toThrow(new RegExp(missing));
    await app.close();
  });

  it('starts in the order of src/app.ts', async () => {
    const app = Fastify();
    await app.register(problemDetails);
    await app.register(rateLimiting, { max: 10, keyPrefix: 'test:' });
    await app.register(httpCache, { maxAge: 60, dataVersion });
    await app.register(responseCache, { size: 10, dataVersion });
    await app.register(compression);
    await expect(app.ready()).resolves.toBeDefined();
    await app.close();
  });
});
