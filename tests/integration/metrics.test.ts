import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { onPostgres } from '../helpers/database.js';

const ADMIN_KEY = 'metrics-test-admin-key-0123456789abcdef';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ config: { ADMIN_API_KEY: ADMIN_KEY } });
});
afterAll(() => t?.close());

/** A request once load shedding has measured a quiet event loop (in-process imports and app builds block it). */
async function inject(options: InjectOptions) {
  for (let waited = 0; t.app.isUnderPressure() && waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return t.app.inject(options);
}

/** GET /metrics parsed into series → value (`name{labels}` as written). */
async function scrape(): Promise<{ text: string; value: (series: string) => number | undefined }> {
  const response = await inject({ url: '/metrics' });
  expect(response.statusCode).toBe(200);
  const values = new Map<string, number>();
  for (const line of response.body.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    values.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return { text: response.body, value: (series) => values.get(series) };
}

describe('GET /metrics', () => {
  it('answers the Prometheus text format without a key, never cached', async () => {
    const response = await inject({ url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toMatch(/^# HELP /m);
    expect(response.body).toContain('# TYPE http_request_duration_seconds histogram');
    // Node's own process metrics come along.
    expect(response.body).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(response.body).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('counts requests and their latency by route pattern and status, never by raw URL', async () => {
    const [first, second] = (await inject({ url: '/v1/programs?limit=2' })).json().data;
    const before = await scrape();
    const series = 'method="GET",route="/v1/programs/:id_or_slug",status="200"';
    const count = (scraped: typeof before) => scraped.value(`http_requests_total{${series}}`) ?? 0;
    const histogramCount = (scraped: typeof before) =>
      scraped.value(`http_request_duration_seconds_count{${series}}`) ?? 0;
    await inject({ url: `/v1/programs/${first.id}` });
    await inject({ url: `/v1/programs/${second.slug}` });
    await inject({ url: '/v1/programs/no-such-program' });
    await inject({ url: '/no/such/path' });
    const after = await scrape();
    expect(count(after) - count(before)).toBe(2);
    expect(histogramCount(after) - histogramCount(before)).toBe(2);
    expect(after.value(`http_request_duration_seconds_bucket{le="+Inf",${series}}`)).toBe(histogramCount(after));
    expect(after.value('http_requests_total{method="GET",route="/v1/programs/:id_or_slug",status="404"}')).toBe(1);
    expect(after.text).not.toContain(first.id);
    expect(after.text).not.toContain('no-such-program');
    expect(after.text).not.toContain('/no/such/path');
  });

  it('reports response cache hits and misses and their ratio', async () => {
    const before = await scrape();
    const hits = (scraped: typeof before) => scraped.value('http_response_cache_hits_total') ?? 0;
    const misses = (scraped: typeof before) => scraped.value('http_response_cache_misses_total') ?? 0;
    const url = '/v1/programs?state=ID&sort=-name';
    await inject({ url });
    await inject({ url });
    await inject({ url });
    const after = await scrape();
    expect(misses(after) - misses(before)).toBe(1);
    expect(hits(after) - hits(before)).toBe(2);
    expect(after.value('http_response_cache_hit_ratio')).toBeCloseTo(hits(after) / (hits(after) + misses(after)), 6);
    expect(after.value('http_response_cache_entries')).toBeGreaterThan(0);
    expect(after.value('data_version')).toBeGreaterThan(0);
  });

  it('shows database pool use', async () => {
    const { text, value } = await scrape();
    expect(text).toContain('# TYPE db_pool_connections gauge');
    if (onPostgres) {
      expect(value('db_pool_connections{pool="primary",state="total"}')).toBeGreaterThan(0);
      expect(value('db_pool_connections{pool="primary",state="waiting"}')).toBe(0);
    } else {
      // The embedded database has no pool.
      expect(text).not.toContain('db_pool_connections{');
    }
  });

  it('times imports by outcome', async () => {
    const row = {
      cahiim_epc: 'METRICS-A-0001',
      institution_name: 'Metrics Community College',
      city: 'Boise',
      state: 'ID',
      program_name: 'Health Information Technology',
      degree_level: 'associate',
      discipline: 'health_information_management',
      accreditation_status: 'accredited',
    };
    const post = (url: string, rows: object[]) =>
      inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
        payload: JSON.stringify(rows),
      });
    expect((await post('/v1/imports?dry_run=true', [row])).statusCode).toBe(200);
    expect((await post('/v1/imports', [row])).statusCode).toBe(200);
    expect((await post('/v1/imports', [{ ...row, state: 'ZZ' }])).statusCode).toBe(422);
    const unauthorized = await inject({ method: 'POST', url: '/v1/imports', payload: [row] });
    expect(unauthorized.statusCode).toBe(401);
    const { value } = await scrape();
    expect(value('import_duration_seconds_count{outcome="dry_run"}')).toBe(1);
    expect(value('import_duration_seconds_count{outcome="applied"}')).toBe(1);
    expect(value('import_duration_seconds_count{outcome="rejected"}')).toBe(1);
    expect(value('import_duration_seconds_count{outcome="failed"}')).toBeUndefined();
    expect(value('import_duration_seconds_sum{outcome="applied"}')).toBeGreaterThan(0);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await inject({ url: '/openapi.json' })).json();
    expect(document.paths['/metrics'].get).toMatchObject({ operationId: 'getMetrics', tags: ['Operations'] });
    expect(Object.keys(document.paths['/metrics'].get.responses['200'].content)).toEqual(['text/plain']);
  });
});
