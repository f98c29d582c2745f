import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { type Database, openDatabase, queryRows } from '../../src/db/client.js';
import { prepareData } from '../../src/services/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { installResponseValidation } from '../helpers/openapi-validator.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

// PostgreSQL only (vitest.config.ts leaves this file out without DATABASE_URL): the service reaches
// its database through a TCP proxy, so the test can take the database away and give it back.

let server: TestDatabase;
let proxy: TcpProxy;
let database: Database;
let app: FastifyInstance;
let programId: string;

beforeAll(async () => {
  server = await createTestDatabase();
  await prepareData(server.database.primary, { seedOnEmpty: true });
  const target = new URL(server.url as string);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const config = testConfig({ DATABASE_URL: proxy.urlFor(server.url as string), RATE_LIMIT_MAX: 1_000_000 });
  database = await openDatabase(config);
  app = await buildApp({ config, database });
  // Reaches a statement longer than the pool's statement_timeout; hidden from the OpenAPI document.
  app.get('/test/slow-statement', { schema: { hide: true } }, async () => {
    await queryRows(database.primary, sql`SELECT pg_sleep(30)`);
    return { slept: true };
  });
  installResponseValidation(app);
  await app.ready();
  const list = await app.inject({ url: '/v1/programs?limit=1' });
  programId = list.json().data[0].id;
});

afterAll(async () => {
  await app?.close();
  await database?.close();
  await proxy?.close();
  await server?.drop();
});

/** Requests that need the database: a different one each time, so no cache can answer them. */
let counter = 0;
function nextUrl(): string {
  counter += 1;
  switch (counter % 4) {
    case 0:
      return `/v1/programs/${randomUUID()}`;
    case 1:
      return `/v1/programs?limit=${(counter % 97) + 1}&sort=-updated_at`;
    case 2:
      return `/v1/institutions?limit=${(counter % 89) + 1}`;
    default:
      return `/v1/programs?max_tuition=${1_000 + counter}&fields=name`;
  }
}

interface Answer {
  url: string;
  status: number;
  response: LightMyRequestResponse;
}

/** Clients sending requests back to back until stopped; every answer is kept. */
function startLoad(clients: number) {
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const url = nextUrl();
      const response = await app.inject({ url });
      answers.push({ url, status: response.statusCode, response });
    }
  });
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function until(what: string, condition: () => boolean | Promise<boolean>, seconds = 45) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectUnavailableProblem(response: LightMyRequestResponse) {
  expect(response.statusCode).toBe(503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  const problem = response.json();
  expect(problem).toMatchObject({ status: 503, code: 'unavailable' });
  expect(problem.detail).not.toMatch(/select|pg_|ECONN|terminated/i);
}

/** Answers other than a success or the 404 of an unknown id, for a readable failure. */
const unexpected = (answers: Answer[], allowed: number[]) =>
  answers.filter((answer) => !allowed.includes(answer.status)).map((answer) => `${answer.status} ${answer.url}`);

const readiness = async () => (await app.inject({ url: '/readyz' })).statusCode;

describe('the database going away and coming back', () => {
  it('answers 503 problems under load while it is gone, and 200 again once it is back, without a restart', async () => {
    const load = startLoad(8);
    try {
      await until('answers flow', () => load.answers.length >= 40);
      expect(unexpected(load.answers, [200, 404])).toEqual([]);

      await proxy.cut();
      const atCut = load.answers.length;
      await until(
        'requests fail with 503',
        () => load.answers.slice(atCut).filter((a) => a.status === 503).length >= 20,
      );
      expect(await readiness()).toBe(503);
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);

      await proxy.restore();
      await until('the service is ready again', async () => (await readiness()) === 200);
      const atRestore = load.answers.length;
      await until('answers flow again', () => load.answers.length >= atRestore + 40);
    } finally {
      await load.stop();
    }

    // Every answer was a success, a 404 for an unknown id, or a 503 problem: never a 500, never a hang.
    expect(unexpected(load.answers, [200, 404, 503])).toEqual([]);
    for (const answer of load.answers.filter((a) => a.status === 503)) expectUnavailableProblem(answer.response);
    // The last answers, well after the database came back, are all served.
    expect(unexpected(load.answers.slice(-20), [200, 404])).toEqual([]);
    expect((await app.inject({ url: `/v1/programs/${programId}` })).statusCode).toBe(200);
  }, 180_000);

  it('answers 503 within the connection timeout when the database accepts connections but never answers', async () => {
    await proxy.blackhole();
    try {
      // Once the pool has dropped the connections that were reset, a request needs a new one: the
      // proxy accepts it and nothing ever answers.
      const pool = (database.primary as unknown as { $client: pg.Pool }).$client;
      await until('the pool drops its reset connections', () => pool.totalCount === 0);
      expectUnavailableProblem(await app.inject({ url: `/v1/programs/${randomUUID()}` }));
      expect(await readiness()).toBe(503);
    } finally {
      await proxy.restore();
    }
    await until('the service is ready again', async () => (await readiness()) === 200);
    expect((await app.inject({ url: `/v1/programs/${programId}` })).statusCode).toBe(200);
  }, 120_000);
});

describe('a connection lost inside a transaction', () => {
  it('fails that transaction, not the process, and the pool recovers', async () => {
    const transaction = database.primary.transaction(async (tx) => {
      await queryRows(tx, sql`SELECT 1`);
      // The connection dies while the transaction holds it between two statements.
      await proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await queryRows(tx, sql`SELECT 1`);
    });
    const failure = await transaction.then(
      () => undefined,
      (error: unknown) => error,
    );
    await proxy.restore();
    expect(failure).toBeInstanceOf(Error);
    const response = await app.inject({ url: `/v1/programs/${randomUUID()}` });
    expect([404, 503]).toContain(response.statusCode);
    await until('the service is ready again', async () => (await readiness()) === 200);
    expect((await app.inject({ url: `/v1/programs/${programId}` })).statusCode).toBe(200);
  }, 60_000);
});

describe('bounded waits', () => {
  it('answers 503 rather than waiting without end when every pooled connection is taken', async () => {
    const pool = (database.primary as unknown as { $client: pg.Pool }).$client;
    const held: pg.PoolClient[] = [];
    try {
      while (held.length < pool.options.max) held.push(await pool.connect());
      expectUnavailableProblem(await app.inject({ url: `/v1/programs/${randomUUID()}` }));
    } finally {
      for (const client of held) client.release();
    }
    expect((await app.inject({ url: `/v1/programs/${programId}` })).statusCode).toBe(200);
  }, 60_000);

  it('cancels a statement that runs past statement_timeout and answers 503', async () => {
    expectUnavailableProblem(await app.inject({ url: '/test/slow-statement' }));
    expect((await app.inject({ url: `/v1/programs/${programId}` })).statusCode).toBe(200);
  }, 90_000);
});
