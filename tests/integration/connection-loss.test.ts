import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { type Database, openDatabase, queryRows } from '../../src/db/client.js';
import { prepareData } from '../../src/services/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { installResponseValidation } from '../helpers/openapi-validator.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

// PostgreSQL only (vitest.config.ts leaves this file out without DATABASE_URL): connections to the
// database go through a TCP proxy that drops every one of them at once while the server stays up,
// as after a restart or a failover that clients only notice when they next use a connection.

let server: TestDatabase;
let proxy: TcpProxy;
let config: ReturnType<typeof testConfig>;
let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  server = await createTestDatabase();
  await prepareData(server.database.primary, { seedOnEmpty: true });
  const target = new URL(server.url as string);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  // The response cache off: every request below reads the database.
  config = testConfig({ DATABASE_URL: proxy.urlFor(server.url as string), RESPONSE_CACHE_SIZE: 0 });
  database = await openDatabase(config);
  app = await buildApp({ config, database });
  installResponseValidation(app);
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await database?.close();
  await proxy?.close();
  await server?.drop();
});

const poolOf = (db: Database) => (db.primary as unknown as { $client: pg.Pool }).$client;
const checkedOut = (pool: pg.Pool) => pool.totalCount - pool.idleCount;

async function until(what: string, condition: () => boolean, seconds = 20) {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Settles to the error, or undefined on success. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error & { query?: string },
  );

describe('a read whose connection died', () => {
  it('is retried once on another connection: public reads succeed where a write-path statement fails', async () => {
    const slow = sql`SELECT pg_sleep(0.4), 1 AS one`;
    const [read, write] = [queryRows(database.read(), slow), failure(queryRows(database.primary, slow))];
    await new Promise((resolve) => setTimeout(resolve, 150));
    proxy.reset();
    // The read ran again on a new connection; the same statement on the primary's write path is not retried.
    expect(await read).toEqual([{ pg_sleep: '', one: 1 }]);
    const error = await write;
    expect(error).toBeInstanceOf(Error);
  });

  it('gives no 503 under load when every connection is cut and the database is reachable again at once', async () => {
    let counter = 0;
    const urls = (n: number) =>
      [
        `/v1/programs/${randomUUID()}`,
        `/v1/programs?limit=${(n % 97) + 1}&sort=-updated_at`,
        `/v1/institutions?limit=${(n % 89) + 1}`,
        `/v1/programs/facets?max_tuition=${1_000 + n}`,
        `/v1/suggest?q=health${n % 50}`,
      ][n % 5] as string;
    const statuses: { url: string; status: number }[] = [];
    let running = true;
    const clients = Array.from({ length: 8 }, async () => {
      while (running) {
        counter += 1;
        const url = urls(counter);
        const response = await app.inject({ url });
        statuses.push({ url, status: response.statusCode });
      }
    });
    try {
      await until('answers flow', () => statuses.length >= 40);
      for (let cut = 0; cut < 6; cut += 1) {
        const before = poolOf(database).totalCount;
        expect(before).toBeGreaterThan(0);
        proxy.reset();
        const at = statuses.length;
        await until('answers flow again', () => statuses.length >= at + 30);
      }
    } finally {
      running = false;
      await Promise.all(clients);
    }
    const unexpected = statuses.filter(({ status }) => status !== 200 && status !== 404);
    expect(unexpected.map(({ url, status }) => `${status} ${url}`)).toEqual([]);
  }, 120_000);
});

describe('a transaction whose connection died before it began', () => {
  it('gives its pool slot back, and closing the pool does not wait for it', async () => {
    const own = await openDatabase(config);
    try {
      const pool = poolOf(own);
      // Three idle connections, then all of them dropped in the same instant a transaction takes one.
      await Promise.all([1, 2, 3].map(() => queryRows(own.primary, sql`SELECT pg_sleep(0.05)`)));
      expect(pool.idleCount).toBe(3);
      proxy.reset();
      const error = await failure(own.primary.transaction(async (tx) => queryRows(tx, sql`SELECT 1`)));
      expect(error).toBeInstanceOf(Error);
      // drizzle sends `begin` outside its try/finally: when `begin` fails, it never releases the connection.
      expect(error?.query).toBe('begin');
      expect(checkedOut(pool)).toBe(1);
      await until('the dead connection is given back', () => checkedOut(pool) === 0, 15);
      expect((await queryRows<{ one: number }>(own.primary, sql`SELECT 1 AS one`))[0]?.one).toBe(1);

      // Again, and this time close at once: the dead connection does not hold the pool open.
      await Promise.all([1, 2].map(() => queryRows(own.primary, sql`SELECT pg_sleep(0.05)`)));
      proxy.reset();
      expect((await failure(own.primary.transaction(async (tx) => queryRows(tx, sql`SELECT 1`))))?.query).toBe('begin');
      const started = Date.now();
      await own.close();
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await own.close().catch(() => {});
    }
  }, 60_000);
});
