import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Config, testConfig } from '../../src/config.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { installResponseValidation } from '../helpers/openapi-validator.js';
import { type Behaviour, eventually, Receiver } from '../helpers/webhook-receiver.js';

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-webhooks';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };
/** Fast retries, so a test of a day of backoff takes a second. */
const fast: Partial<Config> = {
  ADMIN_API_KEY: ADMIN_KEY,
  WEBHOOK_ALLOW_PRIVATE_TARGETS: true,
  WEBHOOK_RETRY_BASE_MS: 40,
  WEBHOOK_RETRY_MAX_DELAY_MS: 300,
  WEBHOOK_POLL_MS: 50,
  WEBHOOK_TIMEOUT_MS: 3_000,
  WEBHOOK_SECRET_KEY: 'a-test-key-of-at-least-32-characters-long',
};

let t: TestApp;
let programs: { id: string; slug: string; institution: { state: string } }[];
const receivers: Receiver[] = [];
const extraApps: FastifyInstance[] = [];

beforeAll(async () => {
  t = await createTestApp({ seed: true, config: fast });
  programs = (await t.app.inject({ url: '/v1/programs?limit=6&accreditation_status=accredited' })).json().data;
});
afterAll(async () => {
  for (const app of extraApps) await app.close().catch(() => {});
  for (const receiver of receivers) await receiver.stop();
  await t?.close();
});

async function receiver(): Promise<Receiver> {
  const made = await new Receiver().start();
  receivers.push(made);
  return made;
}

/** Another instance of the service on this file's database, as a deployment would start one. */
async function anotherApp(config: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    config: testConfig({ RATE_LIMIT_MAX: 1_000_000, ...fast, ...config, ...(t.url ? { DATABASE_URL: t.url } : {}) }),
    database: t.database,
  });
  installResponseValidation(app);
  await app.ready();
  extraApps.push(app);
  return app;
}

async function subscribe(app: FastifyInstance, payload: Record<string, unknown>) {
  const response = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: auth, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; secret: string; status: string };
}

const patchProgram = (app: FastifyInstance, id: string, patch: Record<string, unknown>) =>
  app
    .inject({
      method: 'PATCH',
      url: `/v1/programs/${id}`,
      headers: { ...auth, 'if-match': '*', 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify(patch),
    })
    .then((response) => {
      expect(response.statusCode, response.body).toBe(200);
      return response;
    });

const recordAction = (app: FastifyInstance, id: string, body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/v1/programs/${id}/accreditation-actions`, headers: auth, payload: body });

const detail = async (app: FastifyInstance, id: string) =>
  (await app.inject({ url: `/v1/webhooks/${id}`, headers: auth })).json();

const removeAll = async () => {
  const list = (await t.app.inject({ url: '/v1/webhooks', headers: auth })).json().data as { id: string }[];
  for (const { id } of list) await t.app.inject({ method: 'DELETE', url: `/v1/webhooks/${id}`, headers: auth });
};

describe('webhook deliveries', () => {
  afterEach(removeAll);

  it('signs every delivery so the standardwebhooks package verifies it, and carries seq and the program after the change', async () => {
    const site = await receiver();
    const program = programs[0] as (typeof programs)[number];
    const created = await subscribe(t.app, {
      url: site.url,
      events: ['accreditation.status_changed', 'accreditation.action_recorded', 'program.updated'],
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const response = await recordAction(t.app, program.id, {
      action: 'placed_on_probation',
      date: '2026-11-30',
      note: 'Standards 3 and 7',
      status: 'probation',
    });
    expect(response.statusCode, response.body).toBe(201);

    await eventually(() => site.received.length >= 3, { what: 'three events' });
    const verifier = new Webhook(created.secret);
    for (const got of site.received) {
      expect(() => verifier.verify(got.body, got.headers)).not.toThrow();
      expect(got.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(got.headers['content-type']).toBe('application/json');
    }
    // A signature by another secret, or over another body, is refused.
    const [first] = site.received;
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(first?.body ?? '', first?.headers ?? {}),
    ).toThrow();
    expect(() => verifier.verify(`${first?.body} `, first?.headers ?? {})).toThrow();

    const changes = (await t.app.inject({ url: `/v1/admin/changes?program_id=${program.id}`, headers: auth })).json();
    const seq = changes.data.at(-1).seq;
    const status = site.of('accreditation.status_changed')[0]?.json;
    expect(status?.data).toMatchObject({
      seq,
      program_id: program.id,
      old_status: 'accredited',
      new_status: 'probation',
    });
    expect(status?.data.program.accreditation.status).toBe('probation');
    expect(status?.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    const action = site.of('accreditation.action_recorded')[0]?.json;
    expect(action?.data.action).toEqual({
      action: 'placed_on_probation',
      date: '2026-11-30',
      note: 'Standards 3 and 7',
      status: 'probation',
    });
    expect(site.of('program.updated')[0]?.json.data).toMatchObject({ seq, program_id: program.id });
    // Three events, three ids: the id names the event for this subscription.
    expect(new Set(site.received.map((got) => got.headers['webhook-id'])).size).toBe(3);
  });

  it('announces a status changed by an import too, with its old and new status', async () => {
    const site = await receiver();
    await subscribe(t.app, { url: site.url, events: ['accreditation.status_changed'] });
    const program = (
      await t.app.inject({ url: `/v1/programs/${(programs[3] as (typeof programs)[number]).id}` })
    ).json();
    const exported = await t.app.inject({
      url: `/v1/programs/export?format=csv&state=${program.institution.state}&accreditation_status=any`,
    });
    const rows = parse(exported.body, { columns: true }) as Record<string, string>[];
    const row = rows.find((candidate) => candidate.cahiim_epc === program.cahiim_epc) as Record<string, string>;
    expect(row).toBeDefined();
    row.accreditation_status = 'administrative_probation';
    const imported = await t.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...auth, 'content-type': 'text/csv' },
      payload: stringify([row], { header: true }),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ updated: 1 });
    const [got] = await eventually(() => site.received.length >= 1 && site.received);
    expect(got?.json).toMatchObject({
      type: 'accreditation.status_changed',
      data: {
        program_id: program.id,
        old_status: program.accreditation.status,
        new_status: 'administrative_probation',
      },
    });
    expect(got?.json.data.program.accreditation.status).toBe('administrative_probation');
  });

  it('sends only the events and programs a subscription filters for', async () => {
    const site = await receiver();
    const [a, b] = programs as [(typeof programs)[number], (typeof programs)[number]];
    const other = programs.find((program) => program.institution.state !== a.institution.state) ?? b;
    await subscribe(t.app, { url: site.url, events: ['program.updated'], filters: { state: [a.institution.state] } });
    await patchProgram(t.app, other.id, { description: 'Not followed by this subscription.' });
    await patchProgram(t.app, a.id, { description: 'Followed.' });
    await eventually(() => site.received.length >= 1, { what: 'the followed program’s event' });
    await recordAction(t.app, a.id, { action: 'progress_report_required', date: '2026-12-01' });
    await patchProgram(t.app, a.id, { description: 'Followed again.' });
    await eventually(() => site.received.length >= 2, { what: 'the second event' });
    expect(site.received.every((got) => got.json.data.program_id === a.id)).toBe(true);
    expect(site.received.every((got) => got.json.type === 'program.updated')).toBe(true);
  });

  it('gets every event to a receiver that was down for a while, in seq order per program', async () => {
    const site = await receiver();
    const { id } = await subscribe(t.app, { url: site.url, events: ['program.updated', 'program.deleted'] });
    await site.stop();
    const [a, b] = programs.slice(2, 4) as [(typeof programs)[number], (typeof programs)[number]];
    for (let round = 1; round <= 3; round += 1) {
      await patchProgram(t.app, a.id, { description: `a, round ${round}` });
      await patchProgram(t.app, b.id, { description: `b, round ${round}` });
    }
    // Refused connections are retried with backoff, and the log says so.
    const failing = await eventually(
      async () => {
        const found = await detail(t.app, id);
        return found.deliveries.some((delivery: { attempts: number }) => delivery.attempts >= 2) && found;
      },
      { what: 'retries of the refused deliveries' },
    );
    expect(failing.failing_since).not.toBeNull();
    const retried = failing.deliveries.find((delivery: { attempts: number }) => delivery.attempts >= 1);
    expect(retried).toMatchObject({ state: 'pending', last_status: null });
    expect(retried.last_error).toMatch(/ECONNREFUSED/);
    expect(retried.next_attempt_at).not.toBeNull();
    expect(retried.attempt_log[0]).toMatchObject({ attempt: 1, outcome: 'retry', status: null });

    await site.start();
    await eventually(() => site.received.length >= 6, { what: 'all six events after the receiver came back' });
    for (const program of [a, b]) {
      const seqs = site.received
        .filter((got) => got.json.data.program_id === program.id)
        .map((got) => got.json.data.seq);
      expect(seqs).toHaveLength(3);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    }
    expect(site.received.map((got) => got.json.data.program.description)).toEqual(
      expect.arrayContaining(['a, round 3', 'b, round 3']),
    );
    const after = await eventually(async () => {
      const found = await detail(t.app, id);
      return found.deliveries.every((delivery: { state: string }) => delivery.state === 'delivered') && found;
    });
    expect(after.failing_since).toBeNull();
  });

  it('retries 5xx, 429 (after Retry-After), timeouts, resets and redirects (never followed), fails other 4xx at once, and redelivers on request', async () => {
    const site = await receiver();
    const answers: Behaviour[] = [
      { status: 503 },
      { hang: true },
      { reset: true },
      { status: 302, headers: { location: `${site.url}/elsewhere` } },
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 200 },
    ];
    site.behaviour = () => answers.shift() ?? { status: 200 };
    const { id } = await subscribe(t.app, { url: site.url, events: ['program.updated'] });
    const program = programs[4] as (typeof programs)[number];
    await patchProgram(t.app, program.id, { description: 'Retried until it is taken.' });
    const delivered = await eventually(async () => {
      const [delivery] = (await detail(t.app, id)).deliveries;
      return delivery?.state === 'delivered' && delivery;
    });
    const log = delivered.attempt_log as { status: number | null; error: string | null; outcome: string }[];
    expect(log.map((attempt) => attempt.status)).toEqual([503, null, null, 302, 429, 200]);
    expect(log.map((attempt) => attempt.outcome)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'delivered']);
    expect(log[1]?.error).toMatch(/no answer within 3000 ms/);
    expect(log[2]?.error).toMatch(/ECONNRESET|socket hang up/);
    expect(log[3]?.error).toMatch(/redirect not followed/);
    expect(site.received.every((got) => got.path === '/hooks')).toBe(true);
    expect(delivered.attempts).toBe(6);
    expect(new Set(site.received.map((got) => got.headers['webhook-id']))).toEqual(new Set([delivered.id]));

    site.behaviour = () => ({ status: 410 });
    await patchProgram(t.app, program.id, { description: 'Refused for good.' });
    const failed = await eventually(async () => {
      const [delivery] = (await detail(t.app, id)).deliveries;
      return delivery?.state === 'failed' && delivery;
    });
    expect(failed).toMatchObject({ attempts: 1, last_status: 410, next_attempt_at: null });

    site.behaviour = () => ({ status: 200 });
    const retry = await t.app.inject({
      method: 'POST',
      url: `/v1/webhooks/${id}/deliveries/${failed.id}/retry`,
      headers: auth,
    });
    expect(retry.statusCode, retry.body).toBe(202);
    expect(retry.json()).toMatchObject({ id: failed.id, state: 'pending' });
    const again = await eventually(async () => {
      const found = (await detail(t.app, id)).deliveries.find((delivery: { id: string }) => delivery.id === failed.id);
      return found?.state === 'delivered' && found;
    });
    expect(again.attempts).toBe(2);
    const ids = site.received.slice(-2).map((got) => got.headers['webhook-id']);
    expect(ids).toEqual([failed.id, failed.id]);
    const metrics = (await t.app.inject({ url: '/metrics' })).body;
    for (const outcome of ['delivered', 'retry', 'failed']) {
      expect(metrics).toMatch(new RegExp(`^webhook_attempts_total\\{outcome="${outcome}"\\} [1-9]`, 'm'));
    }
    expect(metrics).toContain('webhook_attempt_duration_seconds_bucket');
  });

  it('pauses and resumes: held deliveries go out on resume; If-Match is required', async () => {
    const site = await receiver();
    const created = await subscribe(t.app, { url: site.url, events: ['program.updated'] });
    const read = await t.app.inject({ url: `/v1/webhooks/${created.id}`, headers: auth });
    const etag = read.headers.etag as string;
    const noIfMatch = await t.app.inject({
      method: 'PATCH',
      url: `/v1/webhooks/${created.id}`,
      headers: { ...auth, 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ status: 'paused' }),
    });
    expect(noIfMatch.statusCode).toBe(428);
    const paused = await t.app.inject({
      method: 'PATCH',
      url: `/v1/webhooks/${created.id}`,
      headers: { ...auth, 'if-match': etag, 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ status: 'paused' }),
    });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json().status).toBe('paused');
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/v1/webhooks/${created.id}`,
      headers: { ...auth, 'if-match': etag, 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ status: 'active' }),
    });
    expect(stale.statusCode).toBe(412);

    await patchProgram(t.app, (programs[5] as (typeof programs)[number]).id, { description: 'While paused.' });
    await eventually(async () => (await detail(t.app, created.id)).deliveries.length === 1, {
      what: 'a held delivery',
    });
    expect(site.received).toHaveLength(0);

    const resumed = await t.app.inject({
      method: 'PATCH',
      url: `/v1/webhooks/${created.id}`,
      headers: { ...auth, 'if-match': paused.headers.etag as string, 'content-type': 'application/json' },
      payload: JSON.stringify({
        status: 'active',
        filters: { degree_level: ['associate', 'baccalaureate', 'master', 'certificate'] },
      }),
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json()).toMatchObject({
      status: 'active',
      filters: { state: [], degree_level: ['associate', 'baccalaureate', 'certificate', 'master'] },
    });
    await eventually(() => site.received.length === 1, { what: 'the held delivery after resuming' });
  });

  it('signs with the old and the new secret during the grace period after a rotation', async () => {
    const site = await receiver();
    const created = await subscribe(t.app, { url: site.url, events: ['program.updated'] });
    const rotated = await t.app.inject({ method: 'POST', url: `/v1/webhooks/${created.id}/secret`, headers: auth });
    expect(rotated.statusCode, rotated.body).toBe(201);
    const { secret, previous_secret_expires_at } = rotated.json();
    expect(secret).not.toBe(created.secret);
    const grace = Date.parse(previous_secret_expires_at) - Date.now();
    expect(grace).toBeGreaterThan(23 * 3600_000);
    expect(grace).toBeLessThanOrEqual(24 * 3600_000);

    await patchProgram(t.app, (programs[1] as (typeof programs)[number]).id, { description: 'After a rotation.' });
    const [got] = await eventually(() => site.received.length >= 1 && site.received);
    expect(got?.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Webhook(secret).verify(got?.body ?? '', got?.headers ?? {})).not.toThrow();
    expect(() => new Webhook(created.secret).verify(got?.body ?? '', got?.headers ?? {})).not.toThrow();
    // The secret is shown once: never in a read, never in the delivery log.
    const read = await t.app.inject({ url: `/v1/webhooks/${created.id}`, headers: auth });
    expect(read.body).not.toContain(secret.slice(6));
    expect(read.body).not.toContain(created.secret.slice(6));
    const list = await t.app.inject({ url: '/v1/webhooks', headers: auth });
    expect(list.body).not.toContain(secret.slice(6));
  });

  it('stores secrets encrypted when WEBHOOK_SECRET_KEY is set', async () => {
    const site = await receiver();
    const created = await subscribe(t.app, { url: site.url, events: ['program.deleted'] });
    const { sql } = await import('drizzle-orm');
    const { queryRows } = await import('../../src/db/client.js');
    const [row] = await queryRows<{ secret: string }>(
      t.database.primary,
      sql`SELECT secret FROM webhook_subscriptions WHERE id = ${created.id}::uuid`,
    );
    expect(row?.secret).toMatch(/^aes256gcm:/);
    expect(row?.secret).not.toContain(created.secret.slice(6));
  });
});

describe('webhook subscriptions: bad input', () => {
  afterEach(removeAll);

  const post = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/v1/webhooks', headers: auth, payload: payload as object });
  const problem = async (payload: unknown) => {
    const response = await post(payload);
    return { status: response.statusCode, body: response.json() };
  };

  it('names the field of a bad URL, an unknown event, an unknown filter value or field', async () => {
    const site = await receiver();
    for (const [payload, name] of [
      [{ url: 'not a url', events: ['program.created'] }, 'url'],
      [{ url: 'ftp://127.0.0.1/x', events: ['program.created'] }, 'url'],
      [{ url: 'http://user:pw@127.0.0.1/x', events: ['program.created'] }, 'url'],
      [{ url: site.url, events: ['program.exploded'] }, 'events.0'],
      [{ url: site.url, events: [] }, 'events'],
      [{ url: site.url, events: ['program.created', 'program.created'] }, 'events'],
      [{ url: site.url }, 'events'],
      [{ url: site.url, events: ['program.created'], filters: { state: ['XX'] } }, 'filters.state.0'],
      [{ url: site.url, events: ['program.created'], filters: { city: ['Austin'] } }, 'filters.city'],
      [{ url: site.url, events: ['program.created'], secret: 'whsec_mine' }, 'secret'],
    ] as const) {
      const { status, body } = await problem(payload);
      expect(status, JSON.stringify(payload)).toBe(400);
      expect(body.code).toBe('invalid_body');
      expect(
        body.errors.map((error: { name: string }) => error.name),
        JSON.stringify(payload),
      ).toContain(name);
    }
  });

  it('refuses the same URL, events and filters twice (in any order) with a 409 naming the url', async () => {
    const site = await receiver();
    const first = await subscribe(t.app, {
      url: site.url,
      events: ['program.created', 'program.deleted'],
      filters: { state: ['TX', 'OK'] },
    });
    const { status, body } = await problem({
      url: site.url,
      events: ['program.deleted', 'program.created'],
      filters: { state: ['OK', 'TX'] },
    });
    expect(status).toBe(409);
    expect(body.code).toBe('conflict');
    expect(body.errors[0]).toMatchObject({ in: 'body', name: 'url' });
    expect(body.detail).toContain(first.id);
    // Other filters make another subscription.
    await subscribe(t.app, {
      url: site.url,
      events: ['program.created', 'program.deleted'],
      filters: { state: ['TX'] },
    });
  });

  it('answers 404 for an unknown subscription or delivery, and a PATCH that names an unknown event is a 400', async () => {
    const site = await receiver();
    const unknown = '0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10';
    expect((await t.app.inject({ url: `/v1/webhooks/${unknown}`, headers: auth })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/v1/webhooks/not-an-id', headers: auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/webhooks/${unknown}`, headers: auth })).statusCode).toBe(
      404,
    );
    const created = await subscribe(t.app, { url: site.url, events: ['program.created'] });
    const retry = await t.app.inject({
      method: 'POST',
      url: `/v1/webhooks/${created.id}/deliveries/${unknown}/retry`,
      headers: auth,
    });
    expect(retry.statusCode).toBe(404);
    expect(retry.json().errors[0].name).toBe('delivery_id');
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/v1/webhooks/${created.id}`,
      headers: { ...auth, 'if-match': '*', 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ events: ['program.exploded'] }),
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors[0].name).toBe('events.0');
    const deleted = await t.app.inject({ method: 'DELETE', url: `/v1/webhooks/${created.id}`, headers: auth });
    expect(deleted.statusCode).toBe(204);
  });
});

describe('webhooks: server-side request forgery', () => {
  it('refuses http, loopback, private, link-local, unique-local and unspecified targets unless allowed', async () => {
    const strict = await anotherApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: false });
    for (const url of [
      'http://hooks.example.org/x',
      'https://127.0.0.1/x',
      'https://localhost/x',
      'https://[::1]/x',
      'https://10.1.2.3/x',
      'https://172.16.0.9/x',
      'https://192.168.1.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[fd00::1]/x',
      'https://[fe80::1]/x',
      'https://0.0.0.0/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://100.64.0.1/x',
    ]) {
      const response = await strict.inject({
        method: 'POST',
        url: '/v1/webhooks',
        headers: auth,
        payload: { url, events: ['program.created'] },
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors[0], url).toMatchObject({ in: 'body', name: 'url' });
    }
    await strict.close();
  });
});

/**
 * Tests that need the only running worker to be another app's: the file's own app stops its worker
 * first (it stays stopped).
 */
describe('webhooks across restarts and policies', () => {
  beforeAll(async () => {
    await t.app.webhookWorker.stop();
  });
  afterEach(removeAll);

  it('loses nothing when the service stops between the commit and the send: the next start sends it', async () => {
    const site = await receiver();
    // The first attempt never gets an answer: the service stops while it waits.
    site.behaviour = () => ({ hang: true });
    const first = await anotherApp();
    const { id } = await subscribe(first, { url: site.url, events: ['program.updated'] });
    const program = programs[0] as (typeof programs)[number];
    await patchProgram(first, program.id, { description: 'Committed, then the service stopped.' });
    await eventually(() => site.received.length === 1, { what: 'the attempt in flight' });
    await first.close();
    const [attempted] = site.received;

    site.behaviour = () => ({ status: 200 });
    const second = await anotherApp();
    await eventually(() => site.received.length === 2, { what: 'the event sent after the restart' });
    const [, resent] = site.received;
    expect(resent?.headers['webhook-id']).toBe(attempted?.headers['webhook-id']);
    expect(resent?.body).toBe(attempted?.body);
    const [delivery] = (await detail(second, id)).deliveries;
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 1 });
    await second.close();
  });

  it('checks the resolved address again at every send: a target allowed before is refused by a strict instance', async () => {
    const site = await receiver();
    const lenient = await anotherApp();
    await lenient.webhookWorker.stop();
    const { id } = await subscribe(lenient, { url: site.url, events: ['program.updated'] });
    const strict = await anotherApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: false });
    await patchProgram(strict, (programs[1] as (typeof programs)[number]).id, {
      description: 'Never sent to 127.0.0.1.',
    });
    const [delivery] = await eventually(async () => {
      const found = (await detail(strict, id)).deliveries;
      return found[0]?.attempts >= 1 && found;
    });
    expect(delivery.state).toBe('pending');
    expect(delivery.last_error).toMatch(/target refused/);
    expect(site.received).toHaveLength(0);
    await strict.close();
    await lenient.close();
  });

  it('disables a subscription that has failed for longer than WEBHOOK_DISABLE_AFTER_MS, with the reason', async () => {
    const site = await receiver();
    site.behaviour = () => ({ status: 500 });
    const app = await anotherApp({ WEBHOOK_DISABLE_AFTER_MS: 300 });
    const { id } = await subscribe(app, { url: site.url, events: ['program.updated'] });
    await patchProgram(app, (programs[2] as (typeof programs)[number]).id, { description: 'Never taken.' });
    const disabled = await eventually(async () => {
      const found = await detail(app, id);
      return found.status === 'disabled' && found;
    });
    expect(disabled.disabled_reason).toMatch(/failed without a success since .*answered 500/);
    const attempts = site.received.length;
    // Resuming sends what it holds at once.
    site.behaviour = () => ({ status: 200 });
    const resumed = await app.inject({
      method: 'PATCH',
      url: `/v1/webhooks/${id}`,
      headers: { ...auth, 'if-match': '*', 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ status: 'active' }),
    });
    expect(resumed.json()).toMatchObject({ status: 'active', disabled_reason: null, failing_since: null });
    await eventually(async () => (await detail(app, id)).deliveries[0]?.state === 'delivered');
    expect(site.received.length).toBeGreaterThan(attempts);
    await app.close();
  });
});
