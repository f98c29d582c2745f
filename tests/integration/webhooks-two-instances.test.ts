import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { installResponseValidation } from '../helpers/openapi-validator.js';
import { eventually, Receiver } from '../helpers/webhook-receiver.js';

/**
 * Two instances on one PostgreSQL database, each with its own pool and worker, as a deployment runs
 * them: they share the deliveries and never send one twice at the same time. (The embedded
 * database belongs to one process: there is no second instance to have.)
 */

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-two-hooks';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };
const config = {
  ADMIN_API_KEY: ADMIN_KEY,
  WEBHOOK_ALLOW_PRIVATE_TARGETS: true,
  WEBHOOK_RETRY_BASE_MS: 40,
  WEBHOOK_RETRY_MAX_DELAY_MS: 300,
  WEBHOOK_POLL_MS: 30,
  // A short timeout makes a short lease (2 × timeout + 5 s): a delivery whose outcome was lost with its
  // connection is taken up again within seconds.
  WEBHOOK_TIMEOUT_MS: 2_000,
} as const;

let t: TestApp;
let second: { app: FastifyInstance; database: Database } | undefined;
const site = new Receiver();

// Two processes' worth of instances share one database: a PostgreSQL server only (vitest.config.ts runs
// this file when DATABASE_URL is set).
beforeAll(async () => {
  t = await createTestApp({ seed: true, config });
  const database = await openDatabase(testConfig({ DATABASE_URL: t.url }));
  const app = await buildApp({
    config: testConfig({ ...config, RATE_LIMIT_MAX: 1_000_000, DATABASE_URL: t.url }),
    database,
  });
  installResponseValidation(app);
  await app.ready();
  second = { app, database };
  await site.start();
});
afterAll(async () => {
  await second?.app.close();
  await second?.database.close();
  await site.stop();
  await t?.close();
});

describe('webhooks with two instances on one PostgreSQL database', () => {
  it('delivers each event once while both run, each program’s events in seq order', async () => {
    // Slow answers keep deliveries in flight while the other instance looks for work.
    const inFlight = new Set<string>();
    let overlapping = 0;
    site.behaviour = (got) => {
      const id = got.headers['webhook-id'] as string;
      if (inFlight.has(id)) overlapping += 1;
      inFlight.add(id);
      setTimeout(() => inFlight.delete(id), 30);
      return { status: 200 };
    };
    const apps = [t.app, second?.app as FastifyInstance];
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      headers: auth,
      payload: { url: site.url, events: ['program.updated'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const programs = (await t.app.inject({ url: '/v1/programs?limit=8' })).json().data as { id: string }[];
    let writes = 0;
    for (let round = 0; round < 3; round += 1) {
      for (const [index, program] of programs.entries()) {
        const app = apps[(index + round) % 2] as FastifyInstance;
        const response = await app.inject({
          method: 'PATCH',
          url: `/v1/programs/${program.id}`,
          headers: { ...auth, 'if-match': '*', 'content-type': 'application/merge-patch+json' },
          payload: JSON.stringify({ description: `round ${round}` }),
        });
        expect(response.statusCode, response.body).toBe(200);
        writes += 1;
      }
    }
    await eventually(() => site.received.length >= writes, { what: `${writes} deliveries`, timeoutMs: 30_000 });
    const { id } = created.json();
    const delivered = await eventually(async () => {
      const found = (await t.app.inject({ url: `/v1/webhooks/${id}`, headers: auth })).json();
      return found.deliveries.every((delivery: { state: string }) => delivery.state === 'delivered') && found;
    });
    expect(delivered.deliveries).toHaveLength(writes);
    expect(delivered.deliveries.every((delivery: { attempts: number }) => delivery.attempts === 1)).toBe(true);
    const ids = site.received.map((got) => got.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(overlapping).toBe(0);
    for (const program of programs) {
      const seqs = site.received
        .filter((got) => got.json.data.program_id === program.id)
        .map((got) => got.json.data.seq);
      expect(seqs).toHaveLength(3);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    }
  });

  it('loses no event, and sends none twice at once, when every database connection is cut during deliveries', async () => {
    const list = (await t.app.inject({ url: '/v1/webhooks', headers: auth })).json().data as { id: string }[];
    for (const { id } of list) await t.app.inject({ method: 'DELETE', url: `/v1/webhooks/${id}`, headers: auth });
    site.received.splice(0);
    const inFlight = new Set<string>();
    let overlapping = 0;
    site.behaviour = (got) => {
      const id = got.headers['webhook-id'] as string;
      if (inFlight.has(id)) overlapping += 1;
      inFlight.add(id);
      setTimeout(() => inFlight.delete(id), 150);
      return { status: 200, delayMs: 150 };
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      headers: auth,
      payload: { url: site.url, events: ['program.updated'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const programs = (await t.app.inject({ url: '/v1/programs?limit=10' })).json().data as { id: string }[];
    for (const program of programs) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: `/v1/programs/${program.id}`,
        headers: { ...auth, 'if-match': '*', 'content-type': 'application/merge-patch+json' },
        payload: JSON.stringify({ description: 'Sent across a database restart.' }),
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    await eventually(() => site.received.length >= 1, { what: 'the first delivery' });
    // What a restart or failover does to the service's connections: every one of them ends.
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await admin.end();

    const { id } = created.json();
    await eventually(
      async () => {
        const found = (await t.app.inject({ url: `/v1/webhooks/${id}`, headers: auth })).json();
        return (
          found.deliveries.length === programs.length &&
          found.deliveries.every((delivery: { state: string }) => delivery.state === 'delivered')
        );
      },
      { what: 'every delivery, after the connections were cut', timeoutMs: 40_000 },
    );
    // At least once: an attempt whose outcome was lost with its connection is sent again, never at the same time.
    expect(new Set(site.received.map((got) => got.headers['webhook-id'])).size).toBe(programs.length);
    expect(new Set(site.received.map((got) => got.json.data.program_id))).toEqual(
      new Set(programs.map((program) => program.id)),
    );
    expect(overlapping).toBe(0);
  });
});
