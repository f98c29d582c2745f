import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
let uncached: TestApp;

beforeAll(async () => {
  // One at a time, so that neither app's plugins wait behind the other's data loading.
  t = await createTestApp();
  uncached = await createTestApp({ config: { RESPONSE_CACHE_SIZE: 0 } });
}, 120_000);
afterAll(() => Promise.all([t, uncached].map((app) => app?.close())));

const decode = (encoding: unknown, body: Buffer) =>
  encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;

const get = (app: TestApp, url: string, headers: Record<string, string> = {}) => app.app.inject({ url, headers });

const varyNames = (headers: Record<string, unknown>) =>
  String(headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);

describe('compression of answers', () => {
  it('sends brotli or gzip as Accept-Encoding asks, the same JSON once decoded, and identity otherwise', async () => {
    const url = '/v1/programs?limit=20&sort=name';
    const identity = await get(t, url);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.rawPayload.length).toBeGreaterThan(10_000);
    for (const [accept, expected] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['gzip, deflate, br', 'br'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.5, br;q=0.9', 'br'],
      ['identity', undefined],
      ['deflate', undefined],
    ] as const) {
      const response = await get(t, url, { 'accept-encoding': accept });
      expect(response.statusCode, accept).toBe(200);
      expect(response.headers['content-encoding'], accept).toBe(expected);
      expect(decode(expected, response.rawPayload).equals(identity.rawPayload), accept).toBe(true);
      if (expected) expect(response.rawPayload.length, accept).toBeLessThan(identity.rawPayload.length / 4);
      expect(Number(response.headers['content-length']), accept).toBe(response.rawPayload.length);
      // One Vary with each name once, whoever added it.
      const vary = varyNames(response.headers);
      expect(
        vary.filter((name) => name === 'accept-encoding'),
        accept,
      ).toHaveLength(1);
      expect(vary, accept).toContain('origin');
      expect(response.headers.etag, accept).toBe(identity.headers.etag);
    }
  });

  it('leaves answers under 1 KB as they are', async () => {
    const response = await get(t, '/v1/programs?limit=1&fields=name', { 'accept-encoding': 'br, gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.length).toBeLessThan(1024);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('compresses problem documents, the widget, Swagger UI, the OpenAPI document and metrics', async () => {
    const unknown = Array.from({ length: 40 }, (_, i) => `unknown_parameter_${i}=1`).join('&');
    const problem = await get(t, `/v1/programs?${unknown}`, { 'accept-encoding': 'br' });
    expect(problem.statusCode).toBe(400);
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problem.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decode('br', problem.rawPayload).toString()).errors).toHaveLength(40);

    for (const [url, type] of [
      ['/widget.js', 'application/javascript'],
      ['/openapi.json', 'application/json'],
      ['/metrics', 'text/plain'],
      ['/docs/static/swagger-ui-bundle.js', 'application/javascript'],
    ] as const) {
      const response = await get(t, url, { 'accept-encoding': 'gzip' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toContain(type);
      expect(response.headers['content-encoding'], url).toBe('gzip');
      expect(gunzipSync(response.rawPayload).length, url).toBeGreaterThan(response.rawPayload.length);
    }
  });

  it('compresses with the response cache off as well, on every request', async () => {
    const url = '/v1/institutions?limit=50';
    const plain = await get(uncached, url);
    for (let i = 0; i < 2; i += 1) {
      const response = await get(uncached, url, { 'accept-encoding': 'br' });
      expect(response.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).equals(plain.rawPayload)).toBe(true);
    }
    expect(uncached.app.responseCache.stats()).toMatchObject({ enabled: false, compressions: 0 });
  });
});

describe('the response cache keeps compressed answers', () => {
  it('compresses once per entry and encoding: a hit sends stored bytes', async () => {
    const url = '/v1/programs?limit=30&sort=-name';
    const stats = () => t.app.responseCache.stats();
    const start = stats();

    const first = await get(t, url, { 'accept-encoding': 'br' });
    expect(first.headers['content-encoding']).toBe('br');
    expect(stats().misses - start.misses).toBe(1);
    expect(stats().compressions - start.compressions).toBe(1);

    for (let i = 0; i < 3; i += 1) {
      const hit = await get(t, url, { 'accept-encoding': 'gzip, br' });
      expect(hit.headers['content-encoding']).toBe('br');
      expect(hit.rawPayload.equals(first.rawPayload)).toBe(true);
    }
    expect(stats().hits - start.hits).toBe(3);
    expect(stats().compressions - start.compressions).toBe(1);

    // Another encoding is compressed once, on its first hit, and kept too.
    const gzip = await get(t, url, { 'accept-encoding': 'gzip' });
    const gzipAgain = await get(t, url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzipAgain.rawPayload.equals(gzip.rawPayload)).toBe(true);
    expect(stats().compressions - start.compressions).toBe(2);

    // Every variant decodes to the same answer, which identity clients still get.
    const identity = await get(t, url);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(first.rawPayload).equals(identity.rawPayload)).toBe(true);
    expect(gunzipSync(gzip.rawPayload).equals(identity.rawPayload)).toBe(true);
    expect(stats().hits - start.hits).toBe(6);
    // The stored variants count towards the cache's bytes.
    expect(stats().bytes).toBeGreaterThan(identity.rawPayload.length + first.rawPayload.length);
  });

  it('answers a matching If-None-Match from the cache with an empty 304, not an encoded body', async () => {
    const url = '/v1/programs?limit=25';
    const first = await get(t, url, { 'accept-encoding': 'br' });
    const revalidated = await get(t, url, { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.rawPayload.length).toBe(0);
    expect(revalidated.headers['content-encoding']).toBeUndefined();
  });
});

describe('the streamed export', () => {
  /** Over a socket, as a client downloads it: headers first, then the body chunk by chunk. */
  function download(url: string, acceptEncoding: string) {
    return new Promise<{ headers: Record<string, unknown>; chunks: Buffer[] }>((resolve, reject) => {
      const { port } = t.app.server.address() as AddressInfo;
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        path: url,
        headers: { 'accept-encoding': acceptEncoding },
      });
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, chunks }));
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('is compressed as it streams (no Content-Length), into the same CSV and NDJSON', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    for (const [format, encoding] of [
      ['csv', 'br'],
      ['ndjson', 'gzip'],
    ] as const) {
      const url = `/v1/programs/export?format=${format}&accreditation_status=any`;
      const plain = await get(t, url);
      const { headers, chunks } = await download(url, encoding);
      expect(headers['content-encoding'], format).toBe(encoding);
      expect(headers['content-length'], format).toBeUndefined();
      expect(headers['transfer-encoding'], format).toBe('chunked');
      const body = Buffer.concat(chunks);
      expect(decode(encoding, body).equals(plain.rawPayload), format).toBe(true);
      expect(body.length, format).toBeLessThan(plain.rawPayload.length / 4);
    }
  });
});
