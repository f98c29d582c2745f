import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from '../../src/services/webhook-http.js';
import { newSecret, SecretBox, signature } from '../../src/services/webhook-secrets.js';
import { parseTarget, refusedAddress } from '../../src/services/webhook-targets.js';
import { backoff, judge, retryAfterMs, type WorkerOptions } from '../../src/services/webhook-worker.js';
import { Receiver } from '../helpers/webhook-receiver.js';

describe('webhook targets', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.10', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.1.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusedAddress(address)).toContain(range);
  });

  it.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '::ffff:93.184.215.14'])(
    'accepts %s',
    (address) => {
      expect(refusedAddress(address)).toBeNull();
    },
  );

  it('takes https only, unless private targets are allowed; never credentials or fragments', () => {
    expect(() => parseTarget('http://hooks.example.org/', { allowPrivate: false })).toThrow(/https/);
    expect(parseTarget('http://127.0.0.1:8080/x', { allowPrivate: true }).href).toBe('http://127.0.0.1:8080/x');
    expect(() => parseTarget('https://a:b@hooks.example.org/', { allowPrivate: false })).toThrow(/credentials/);
    expect(() => parseTarget('https://hooks.example.org/#x', { allowPrivate: false })).toThrow(/fragment/);
    expect(() => parseTarget('hooks.example.org', { allowPrivate: false })).toThrow(/absolute/);
  });
});

describe('webhook secrets', () => {
  it('signs as Standard Webhooks verifies, with every secret given', () => {
    const [a, b] = [newSecret(), newSecret()] as [string, string];
    const body = '{"type":"program.updated"}';
    const timestamp = Math.floor(Date.now() / 1000);
    const header = signature([a, b], 'msg-1', timestamp, body);
    const headers = { 'webhook-id': 'msg-1', 'webhook-timestamp': String(timestamp), 'webhook-signature': header };
    expect(header.split(' ')).toHaveLength(2);
    expect(() => new Webhook(a).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(b).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow();
  });

  it('seals with AES-256-GCM under the configured key, and refuses another key', () => {
    const secret = newSecret();
    const box = new SecretBox('k'.repeat(40));
    const sealed = box.seal(secret);
    expect(sealed).toMatch(/^aes256gcm:/);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.seal(secret)).not.toBe(sealed);
    expect(box.open(sealed)).toBe(secret);
    expect(() => new SecretBox('x'.repeat(40)).open(sealed)).toThrow(/cannot be decrypted/);
    expect(() => new SecretBox(undefined).open(sealed)).toThrow(/WEBHOOK_SECRET_KEY/);
    // Without a key, stored as it is (the README says what that costs); readable once a key is set.
    const clear = new SecretBox(undefined).seal(secret);
    expect(box.open(clear)).toBe(secret);
  });
});

describe('webhook retries', () => {
  const options = { retryBaseMs: 30_000, retryMaxDelayMs: 6 * 3600_000 } as WorkerOptions;

  it('backs off exponentially with ±20% jitter up to the maximum, over more than a day', () => {
    for (let attempt = 1; attempt <= 30; attempt += 1) {
      const exact = Math.min(6 * 3600_000, 30_000 * 2 ** (attempt - 1));
      const delay = backoff(attempt, 30_000, 6 * 3600_000);
      expect(delay).toBeGreaterThanOrEqual(Math.floor(exact * 0.8));
      expect(delay).toBeLessThanOrEqual(Math.min(6 * 3600_000, Math.ceil(exact * 1.2)));
    }
    let total = 0;
    for (let attempt = 1; attempt <= 15; attempt += 1) total += Math.min(6 * 3600_000, 30_000 * 2 ** (attempt - 1));
    expect(total).toBeGreaterThan(24 * 3600_000);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    const now = Date.parse('2026-12-08T10:00:00Z');
    expect(retryAfterMs('Tue, 08 Dec 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('delivers on 2xx, retries 429, 5xx, redirects and no answer, fails other 4xx', () => {
    expect(judge({ status: 204, latencyMs: 5 }, 1, options).outcome).toBe('delivered');
    expect(judge({ status: 410, latencyMs: 5 }, 1, options).outcome).toBe('failed');
    expect(judge({ status: 400, latencyMs: 5 }, 1, options).outcome).toBe('failed');
    expect(judge({ status: 301, latencyMs: 5, error: 'redirect not followed' }, 1, options).outcome).toBe('retry');
    expect(judge({ latencyMs: 10_000, error: 'no answer within 10000 ms' }, 1, options).outcome).toBe('retry');
    expect(judge({ status: 503, latencyMs: 5 }, 1, options).outcome).toBe('retry');
    const limited = judge({ status: 429, latencyMs: 5, retryAfter: '90' }, 1, options);
    expect(limited).toMatchObject({ outcome: 'retry', retry_in_ms: 90_000 });
    const capped = judge({ status: 429, latencyMs: 5, retryAfter: String(7 * 24 * 3600) }, 1, options);
    expect(capped.retry_in_ms).toBe(6 * 3600_000);
  });
});

describe('a webhook request', () => {
  const site = new Receiver();
  beforeAll(() => site.start());
  afterAll(() => site.stop());

  it('resolves a host name in the socket’s own lookup and refuses what it resolves to when private', async () => {
    const refused = await postWebhook(
      `https://localhost:${site.port}/hooks`,
      '{}',
      {},
      {
        allowPrivate: false,
        timeoutMs: 5_000,
      },
    );
    expect(refused.status).toBeUndefined();
    expect(refused.error).toMatch(
      /target refused: resolves to a private or reserved address \((127\.0\.0\.1|::1) is a loopback address\)/,
    );
    expect(site.received).toHaveLength(0);

    site.behaviour = () => ({ status: 202 });
    const allowed = await postWebhook(
      `http://localhost:${site.port}/hooks`,
      '{"a":1}',
      { 'webhook-id': 'x' },
      {
        allowPrivate: true,
        timeoutMs: 5_000,
      },
    );
    expect(allowed).toMatchObject({ status: 202 });
    expect(site.received[0]?.body).toBe('{"a":1}');
  });

  it('reports a redirect without following it', async () => {
    site.behaviour = () => ({ status: 307, headers: { location: `http://127.0.0.1:${site.port}/elsewhere` } });
    const redirected = await postWebhook(
      `http://127.0.0.1:${site.port}/hooks`,
      '{}',
      {},
      {
        allowPrivate: true,
        timeoutMs: 5_000,
      },
    );
    expect(redirected).toMatchObject({ status: 307, error: 'redirect not followed' });
    expect(site.received.every((got) => got.path === '/hooks')).toBe(true);
  });
});
