import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { type Database, openDatabase, queryRows } from '../../src/db/client.js';
import { prepareData } from '../../src/services/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { installResponseValidation } from '../helpers/openapi-validator.js';
import { type Standby, serverBinaries, startStandby } from '../helpers/standby.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

// PostgreSQL only (vitest.config.ts leaves this file out without DATABASE_URL). The service runs with
// DATABASE_URL on the primary and DATABASE_READ_URL on a real streaming replica of it, each through
// a TCP proxy so that either can be taken away.

const serverUrl = process.env.DATABASE_URL as string;
const binaries = await serverBinaries(serverUrl);
const adminKey = 'replica-test-admin-key-0123456789abcdef';

let primary: TestDatabase;
let standby: Standby;
let proxy: TcpProxy;
let replicaProxy: TcpProxy;
let database: Database;
let app: FastifyInstance;

async function until(what: string, condition: () => Promise<boolean>, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const patchProgram = (id: string, etag: string, body: object) =>
  app.inject({
    method: 'PATCH',
    url: `/v1/programs/${id}`,
    headers: {
      authorization: `Bearer ${adminKey}`,
      'content-type': 'application/merge-patch+json',
      'if-match': etag,
    },
    payload: JSON.stringify(body),
  });

const replay = (action: 'pause' | 'resume') => standby.query(`SELECT pg_wal_replay_${action}()`);

describe('read replica', () => {
  beforeAll(async () => {
    // A standby needs the server's own tools; without them this file fails rather than reading green.
    if (!binaries.dir) {
      throw new Error(
        `PostgreSQL server binaries (pg_basebackup, pg_ctl) not found in ${binaries.looked.join(', ')}; install the server or set PG_BINDIR`,
      );
    }
    primary = await createTestDatabase();
    await prepareData(primary.database.primary, { seedOnEmpty: true });
    standby = await startStandby(serverUrl, binaries.dir as string);
    const target = new URL(primary.url as string);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    replicaProxy = await startTcpProxy({ host: '127.0.0.1', port: standby.port });
    const config = testConfig({
      DATABASE_URL: proxy.urlFor(primary.url as string),
      DATABASE_READ_URL: [replicaProxy.urlFor(standby.urlFor(primary.url as string))],
      ADMIN_API_KEY: adminKey,
      RATE_LIMIT_MAX: 1_000_000,
    });
    database = await openDatabase(config);
    app = await buildApp({ config, database });
    installResponseValidation(app);
    await app.ready();
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await standby?.stop();
    await proxy?.close();
    await replicaProxy?.close();
    await primary?.drop();
  }, 120_000);

  it('reads from the replica and writes to the primary', async () => {
    const [read] = await queryRows<{ standby: boolean }>(database.read(), sql`SELECT pg_is_in_recovery() AS standby`);
    const [write] = await queryRows<{ standby: boolean }>(database.primary, sql`SELECT pg_is_in_recovery() AS standby`);
    expect(read?.standby).toBe(true);
    expect(write?.standby).toBe(false);
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('answers admin writes from the primary while public reads trail on the replica until it replays', async () => {
    const list = await app.inject({ url: '/v1/programs?limit=1&sort=-name' });
    expect(list.statusCode).toBe(200);
    const { id, name } = list.json().data[0] as { id: string; name: string };
    const detail = await app.inject({ url: `/v1/programs/${id}` });
    const etag = detail.headers.etag as string;

    // With replay paused the replica cannot see a write: whatever shows it was read on the primary.
    await replay('pause');
    try {
      const first = await patchProgram(id, etag, { name: 'Replica Check One' });
      expect(first.statusCode).toBe(200);
      expect(first.json().name).toBe('Replica Check One');
      // The If-Match check reads the primary too: the replica still has the old version.
      const second = await patchProgram(id, first.headers.etag as string, { name: 'Replica Check Two' });
      expect(second.statusCode).toBe(200);
      expect(second.json().name).toBe('Replica Check Two');
      expect(second.headers.etag).not.toBe(first.headers.etag);

      const stale = await app.inject({ url: `/v1/programs/${id}` });
      expect(stale.statusCode).toBe(200);
      expect(stale.json().name).toBe(name);
    } finally {
      await replay('resume');
    }

    await until('the replica replays the write', async () => {
      const response = await app.inject({ url: `/v1/programs/${id}` });
      return response.statusCode === 200 && response.json().name === 'Replica Check Two';
    });
    const found = await app.inject({ url: '/v1/programs?q=Replica%20Check%20Two&limit=5' });
    expect(found.json().data.map((program: { id: string }) => program.id)).toContain(id);
  }, 120_000);

  it('keeps answering public reads from the replica while the primary is unreachable', async () => {
    const before = await app.inject({ url: '/v1/institutions?limit=3' });
    const { id } = before.json().data[0] as { id: string };
    await proxy.cut();
    try {
      // Requests this test has not made before, so no cached answer can stand in for the replica.
      const list = await app.inject({ url: '/v1/programs?limit=3&sort=-updated_at&delivery_mode=online' });
      expect(list.statusCode).toBe(200);
      expect(list.json().data.length).toBeGreaterThan(0);
      const institution = await app.inject({ url: `/v1/institutions/${id}` });
      expect(institution.statusCode).toBe(200);

      const program = list.json().data[0] as { id: string };
      const etag = (await app.inject({ url: `/v1/programs/${program.id}` })).headers.etag as string;
      const write = await patchProgram(program.id, etag, { name: 'Written While The Primary Is Away' });
      expect(write.statusCode).toBe(503);
      expect(write.headers['retry-after']).toBeDefined();
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
    } finally {
      await proxy.restore();
    }
    await until('the primary is back', async () => (await app.inject({ url: '/readyz' })).statusCode === 200);
  }, 120_000);
  it('answers public reads 503 and is not ready while the replica is unreachable, yet takes writes', async () => {
    const list = await app.inject({ url: '/v1/programs?limit=1&sort=name' });
    const { id } = list.json().data[0] as { id: string };
    const etag = (await app.inject({ url: `/v1/programs/${id}` })).headers.etag as string;
    await replicaProxy.cut();
    try {
      const read = await app.inject({ url: '/v1/programs?limit=4&sort=-updated_at&delivery_mode=campus' });
      expect(read.statusCode).toBe(503);
      expect(read.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(read.headers['retry-after']).toBeDefined();
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
      const write = await patchProgram(id, etag, { name: 'Written While The Replica Is Away' });
      expect(write.statusCode).toBe(200);
      expect(write.json().name).toBe('Written While The Replica Is Away');
    } finally {
      await replicaProxy.restore();
    }
    await until('the replica is back', async () => (await app.inject({ url: '/readyz' })).statusCode === 200);
    await until('the replica shows the write', async () => {
      const response = await app.inject({ url: `/v1/programs/${id}` });
      return response.statusCode === 200 && response.json().name === 'Written While The Replica Is Away';
    });
  }, 120_000);
});
