import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { type Database, openDatabase, queryRows } from '../../src/db/client.js';
import { importPrograms } from '../../src/services/import-programs.js';
import { prepareData } from '../../src/services/seed.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../helpers/database.js';
import { installResponseValidation } from '../helpers/openapi-validator.js';

/**
 * Two instances of the service on one database, each with its own response cache. On PostgreSQL
 * they are two apps on two connection pools of one server database, as two processes would be,
 * kept coherent by LISTEN/NOTIFY. On PGlite, whose database lives inside one process, they are
 * two apps on that one database, kept coherent by PGlite's own listen/notify.
 */
let t: TestDatabase;
let second: Database | undefined;
let a: FastifyInstance;
let b: FastifyInstance;

beforeAll(async () => {
  t = await createTestDatabase();
  await prepareData(t.database.primary, { seedOnEmpty: true });
  second = t.url ? await openDatabase(testConfig({ DATABASE_URL: t.url })) : undefined;
  const config = testConfig({ RATE_LIMIT_MAX: 1_000_000, DATABASE_URL: t.url });
  a = await buildApp({ config, database: t.database });
  b = await buildApp({ config, database: second ?? t.database });
  installResponseValidation(a);
  installResponseValidation(b);
  await Promise.all([a.ready(), b.ready()]);
  // Building two apps back to back blocks the event loop long enough for load shedding to answer 503
  // for its next sample on a busy machine; the tests start once it has measured a quiet loop.
  for (let waited = 0; (a.isUnderPressure() || b.isUnderPressure()) && waited < 5_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await second?.close();
  await t?.drop();
});

function row(epc: string, name: string, tuition: number) {
  return {
    cahiim_epc: epc,
    institution_name: 'Two Instances Technical College',
    city: 'Billings',
    state: 'MT',
    zip: '59101',
    program_name: name,
    credential: 'AAS',
    degree_level: 'associate',
    discipline: 'health_information_management',
    delivery_mode: 'hybrid',
    accreditation_status: 'accredited',
    tuition_in_state_usd: tuition,
  };
}

/** A write through one instance's database handle, as its import would make it. */
async function write(through: Database, rows: object[]) {
  const report = await importPrograms(
    through.primary,
    { kind: 'json', rows },
    { dryRun: false, actor: 'test', source: 'import' },
  );
  expect(report.errors).toEqual([]);
}

async function newestChange(): Promise<number> {
  const [found] = await queryRows<{ seq: string }>(
    t.database.primary,
    sql`SELECT coalesce(max(seq), 0)::text AS seq FROM changes`,
  );
  return Number(found?.seq);
}

/** Waits for an instance to be notified of a change (milliseconds; the bound only ends a broken run). */
async function notified(app: FastifyInstance, seq: number) {
  for (let waited = 0; (app.dataVersion.current ?? -1) < seq; waited += 5) {
    if (waited > 3_000) throw new Error(`data version stuck at ${app.dataVersion.current}, expected ${seq}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const list = async (app: FastifyInstance) => {
  // In-process imports block the event loop; load shedding would answer 503 until it measures a quiet one.
  for (let waited = 0; app.isUnderPressure() && waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const response = await app.inject({ url: '/v1/programs?state=MT&limit=100&sort=tuition' });
  expect(response.statusCode, response.body).toBe(200);
  return { body: response.json(), etag: response.headers.etag as string, text: response.body };
};

describe('two instances on one database', () => {
  it('show a write through one in the next read of the other, though the other had it cached', async () => {
    const before = await list(b);
    const cachedHits = b.responseCache.stats().hits;
    expect((await list(b)).text).toBe(before.text);
    expect(b.responseCache.stats().hits).toBe(cachedHits + 1);

    await write(t.database, [row('TWO-A-0001', 'Health Information Technology Two', 1234)]);
    const seq = await newestChange();
    await notified(b, seq);

    const after = await list(b);
    expect(after.body.meta.total).toBe(before.body.meta.total + 1);
    expect(after.body.data[0]).toMatchObject({
      name: 'Health Information Technology Two',
      tuition: { in_state_usd: 1234 },
    });
    expect(after.etag).not.toBe(before.etag);
    // Both instances answer the same bytes with the same ETag: a CDN in front of both sees one resource.
    await notified(a, seq);
    const fromA = await list(a);
    expect(fromA.text).toBe(after.text);
    expect(fromA.etag).toBe(after.etag);
  });

  it('carry a change made through the other instance back, and an update as well as a creation', async () => {
    await list(a);
    await write(second ?? t.database, [row('TWO-A-0001', 'Health Information Technology Two', 999)]);
    await notified(a, await newestChange());
    const after = await list(a);
    expect(after.body.data[0]).toMatchObject({
      name: 'Health Information Technology Two',
      tuition: { in_state_usd: 999 },
    });
  });

  it('agree on the data version, which only a write moves', async () => {
    const seq = await newestChange();
    await notified(a, seq);
    await notified(b, seq);
    expect(a.dataVersion.current).toBe(seq);
    expect(b.dataVersion.current).toBe(seq);
    await list(a);
    await list(b);
    expect(await newestChange()).toBe(seq);
  });
});

// Only a server has a connection to lose: the embedded database lives inside the process.
if (onPostgres) {
  describe('the listening connection', () => {
    it('is re-established after the server drops it, and writes are noticed again', async () => {
      const seen: (number | undefined)[] = [];
      b.dataVersion.onChange((version) => seen.push(version));
      const admin = new pg.Client({ connectionString: t.url });
      await admin.connect();
      try {
        const { rowCount } = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'him-program-finder:listener'`,
        );
        expect(rowCount).toBe(2);
      } finally {
        await admin.end();
      }
      await write(t.database, [row('TWO-A-0002', 'Health Informatics Two', 2222)]);
      await notified(b, await newestChange());
      const after = await list(b);
      expect(after.body.data.map((program: { name: string }) => program.name)).toContain('Health Informatics Two');
      // While it was not listening nothing was cached by version: a write elsewhere would have gone unnoticed.
      expect(seen).toContain(undefined);
    });
  });
}
