import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

// The Redis server of these machines (.ci/run starts it); every key this file makes starts with its own prefix.
const redisTarget = { host: '127.0.0.1', port: 6379 };
const keyPrefix = `him-program-finder-test:${randomUUID()}:`;

let memory: TestApp;
let proxied: TestApp;
let sharedA: TestApp;
let sharedB: TestApp;
let outage: TestApp;
let redisProxy: TcpProxy;
let redis: Redis;

beforeAll(async () => {
  redis = new Redis(redisTarget.port, redisTarget.host);
  redisProxy = await startTcpProxy(redisTarget);
  const shared = { RATE_LIMIT_MAX: 6, REDIS_URL: `redis://127.0.0.1:${redisTarget.port}`, REDIS_KEY_PREFIX: keyPrefix };
  // One at a time: an app whose plugins start behind others' database loading can miss Fastify's
  // plugin timeout on a busy machine.
  memory = await createTestApp({ seed: false, config: { RATE_LIMIT_MAX: 5 } });
  proxied = await createTestApp({ seed: false, config: { RATE_LIMIT_MAX: 5, TRUST_PROXY: true } });
  sharedA = await createTestApp({ seed: false, config: shared });
  sharedB = await createTestApp({ seed: false, config: shared });
  outage = await createTestApp({
    seed: false,
    config: {
      RATE_LIMIT_MAX: 3,
      REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
      REDIS_KEY_PREFIX: `${keyPrefix}outage:`,
    },
  });
}, 180_000);

afterAll(async () => {
  await Promise.all([memory, proxied, sharedA, sharedB, outage].map((app) => app?.close()));
  await redisProxy?.close();
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** The fields of draft-ietf-httpapi-ratelimit-headers, read back into numbers. */
function rateLimitFields(headers: Record<string, unknown>) {
  const policy = /^"per-client";q=(\d+);w=(\d+)$/.exec(String(headers['ratelimit-policy']));
  const limit = /^"per-client";r=(\d+);t=(\d+)$/.exec(String(headers.ratelimit));
  if (!policy || !limit) return undefined;
  return { quota: Number(policy[1]), window: Number(policy[2]), remaining: Number(limit[1]), reset: Number(limit[2]) };
}

describe('rate limits in memory (no REDIS_URL)', () => {
  it('count down in RateLimit-Policy and RateLimit, then answer 429 problems with Retry-After', async () => {
    for (let i = 1; i <= 5; i += 1) {
      const response = await memory.app.inject({ url: '/v1/vocabularies' });
      expect(response.statusCode).toBe(200);
      const fields = rateLimitFields(response.headers);
      expect(fields).toMatchObject({ quota: 5, window: 60, remaining: 5 - i });
      expect(fields?.reset).toBeGreaterThan(0);
      expect(fields?.reset).toBeLessThanOrEqual(60);
      // The fields of earlier drafts are gone.
      expect(response.headers['ratelimit-limit']).toBeUndefined();
      expect(response.headers['ratelimit-remaining']).toBeUndefined();
    }
    const over = await memory.app.inject({
      url: '/v1/vocabularies?x=1',
      headers: { origin: 'https://admissions.example' },
    });
    expect(over.statusCode).toBe(429);
    expect(over.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(over.json()).toMatchObject({
      type: '/problems/rate-limited',
      status: 429,
      code: 'rate_limited',
      instance: '/v1/vocabularies?x=1',
      'violated-policies': ['per-client'],
    });
    const retryAfter = Number(over.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    const fields = rateLimitFields(over.headers);
    expect(fields).toMatchObject({ quota: 5, remaining: 0 });
    // Retry-After never points earlier than the reset of RateLimit.
    expect(retryAfter).toBeGreaterThanOrEqual(fields?.reset ?? 0);
    expect(over.headers['cache-control']).toBe('no-store');
    // The page that was limited can read why.
    expect(over.headers['access-control-allow-origin']).toBe('*');
    expect(over.headers['x-request-id']).toBeTruthy();

    // Limits are per client; X-Forwarded-For does not make a new client unless TRUST_PROXY is set.
    const spoofed = await memory.app.inject({ url: '/v1/vocabularies', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(spoofed.statusCode).toBe(429);
    const otherClient = await memory.app.inject({ url: '/v1/vocabularies', remoteAddress: '198.51.100.7' });
    expect(otherClient.statusCode).toBe(200);
    expect(rateLimitFields(otherClient.headers)?.remaining).toBe(4);
  });

  it('never limits health checks, readiness, the OpenAPI document or Swagger UI', async () => {
    for (let i = 0; i < 6; i += 1) await memory.app.inject({ url: '/v1/vocabularies', remoteAddress: '192.0.2.50' });
    for (const url of ['/healthz', '/readyz', '/openapi.json', '/docs/']) {
      const response = await memory.app.inject({ url, remoteAddress: '192.0.2.50' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['ratelimit-policy'], url).toBeUndefined();
      expect(response.headers.ratelimit, url).toBeUndefined();
    }
  });

  it('tells clients behind a trusted proxy apart by X-Forwarded-For', async () => {
    const client = (ip: string) => proxied.app.inject({ url: '/v1/vocabularies', headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 5; i += 1) expect((await client('203.0.113.1')).statusCode).toBe(200);
    expect((await client('203.0.113.1')).statusCode).toBe(429);
    expect((await client('203.0.113.2')).statusCode).toBe(200);
  });

  it('documents both fields on every limited answer of the OpenAPI document, and Retry-After on 429', async () => {
    const document = (await memory.app.inject({ url: '/openapi.json', remoteAddress: '192.0.2.51' })).json();
    const responses = document.paths['/v1/programs'].get.responses;
    for (const status of ['200', '429']) {
      expect(Object.keys(responses[status].headers)).toEqual(expect.arrayContaining(['RateLimit-Policy', 'RateLimit']));
    }
    expect(Object.keys(responses['429'].headers)).toContain('Retry-After');
    expect(document.components.headers['RateLimit-Policy'].schema.pattern).toBeTruthy();
    expect(document.paths['/healthz'].get.responses['429']).toBeUndefined();
  });
});

describe('rate limits shared through Redis (REDIS_URL)', () => {
  it('makes two instances enforce one limit together', async () => {
    const client = '198.51.100.20';
    const statuses: number[] = [];
    const remaining: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const instance = i % 2 === 0 ? sharedA : sharedB;
      const response = await instance.app.inject({ url: '/v1/vocabularies', remoteAddress: client });
      statuses.push(response.statusCode);
      remaining.push(rateLimitFields(response.headers)?.remaining ?? -1);
    }
    // One count for both: each answer sees the requests the other instance answered.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(remaining).toEqual([5, 4, 3, 2, 1, 0]);
    for (const instance of [sharedA, sharedB]) {
      const over = await instance.app.inject({ url: '/v1/vocabularies', remoteAddress: client });
      expect(over.statusCode).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    }
    // The count lives in Redis under this deployment's prefix, with the window as its expiry.
    const keys = await redis.keys(`${keyPrefix}rate-limit:*`);
    expect(keys).toContain(`${keyPrefix}rate-limit:${client}`);
    expect(await redis.pttl(`${keyPrefix}rate-limit:${client}`)).toBeGreaterThan(0);
    // Another client has its own budget.
    const other = await sharedB.app.inject({ url: '/v1/vocabularies', remoteAddress: '198.51.100.21' });
    expect(rateLimitFields(other.headers)?.remaining).toBe(5);
  });
});

describe('Redis going away and coming back', () => {
  /** A request from a client of its own, timed: it must never wait on an absent Redis. */
  async function timed(client: string) {
    const started = performance.now();
    const response = await outage.app.inject({ url: '/v1/vocabularies', remoteAddress: client });
    return { response, ms: performance.now() - started };
  }

  async function until(what: string, condition: () => Promise<boolean>, seconds = 20) {
    const deadline = Date.now() + seconds * 1000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('fails open with one logged warning, never a 500 or a wait, and limits again once Redis is back', async () => {
    const warn = vi.spyOn(outage.app.log, 'warn');
    const before = await timed('198.51.100.30');
    expect(rateLimitFields(before.response.headers)?.remaining).toBe(2);

    for (const takeAway of [() => redisProxy.cut(), () => redisProxy.blackhole()]) {
      await takeAway();
      // Requests go through uncounted: no 429 however many, no rate-limit fields, no error.
      for (let i = 0; i < 8; i += 1) {
        const { response, ms } = await timed('198.51.100.31');
        expect(response.statusCode).toBe(200);
        expect(response.headers.ratelimit).toBeUndefined();
        // A silent Redis costs a request at most the 1 s command timeout.
        expect(ms).toBeLessThan(2_500);
      }
      await redisProxy.restore();
      await until('requests are counted again', async () => {
        const { response } = await timed('198.51.100.32');
        return response.headers.ratelimit !== undefined;
      });
    }
    const outageWarnings = warn.mock.calls.filter(([, message]) => /Redis cannot be reached/.test(String(message)));
    // Once per outage, not once per request: two outages above, 16 requests.
    expect(outageWarnings).toHaveLength(2);

    // The limit holds again: a new client gets its 3 requests, then a 429.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await timed('198.51.100.33')).response.statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
  }, 60_000);
});
