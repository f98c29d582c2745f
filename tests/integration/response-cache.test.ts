import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { type Database, queryRows } from '../../src/db/client.js';
import { importPrograms } from '../../src/services/import-programs.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { installResponseValidation } from '../helpers/openapi-validator.js';

// One seeded database; `cached` is the service as deployed (cache on), `uncached` the same service with
// RESPONSE_CACHE_SIZE=0 on the same database, and `counted` counts the reads its handlers start.
let t: TestApp;
let uncached: FastifyInstance;
let counted: FastifyInstance;
let reads = 0;

beforeAll(async () => {
  t = await createTestApp();
  const config = testConfig({ RATE_LIMIT_MAX: 1_000_000, RESPONSE_CACHE_SIZE: 0, DATABASE_URL: t.url });
  uncached = await buildApp({ config, database: t.database });
  const counting: Database = {
    ...t.database,
    read: () => {
      reads += 1;
      return t.database.read();
    },
  };
  counted = await buildApp({ config, database: counting });
  installResponseValidation(uncached);
  installResponseValidation(counted);
  await Promise.all([uncached.ready(), counted.ready()]);
  // Building apps back to back blocks the event loop long enough for load shedding to answer 503 for its
  // next sample on a busy machine; the tests start once it has measured a quiet loop.
  const apps = [t.app, uncached, counted];
  for (let waited = 0; apps.some((app) => app.isUnderPressure()) && waited < 5_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await notified();
});
afterAll(async () => {
  await uncached?.close();
  await counted?.close();
  await t?.close();
});

/** A new program in Wyoming, written through the import as an operator would. */
async function addProgram(epc: string, name: string) {
  const report = await importPrograms(
    t.database.primary,
    {
      kind: 'json',
      rows: [
        {
          cahiim_epc: epc,
          institution_name: `${epc} Community College`,
          city: 'Casper',
          state: 'WY',
          zip: '82601',
          program_name: name,
          credential: 'AAS',
          degree_level: 'associate',
          discipline: 'health_information_management',
          delivery_mode: 'online',
          accreditation_status: 'accredited',
        },
      ],
    },
    { dryRun: false, actor: 'test', source: 'import' },
  );
  expect(report).toMatchObject({ created: 1, errors: [] });
}

/** The newest change in the database: what every instance's data version must reach after a write. */
async function newestChange(): Promise<number> {
  const [row] = await queryRows<{ seq: string }>(
    t.database.primary,
    sql`SELECT coalesce(max(seq), 0)::text AS seq FROM changes`,
  );
  return Number(row?.seq);
}

/**
 * Waits for every instance to hear of the newest change through LISTEN/NOTIFY (milliseconds; the
 * bound only ends a broken run), so that they agree on the data version and their version ETags.
 */
async function notified() {
  const seq = await newestChange();
  for (const app of [t.app, uncached, counted]) {
    for (let waited = 0; (app.dataVersion.current ?? -1) < seq; waited += 5) {
      if (waited > 3_000) throw new Error(`data version stuck at ${app.dataVersion.current}, expected ${seq}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** A GET once load shedding has measured a quiet event loop: in-process imports and app builds block it. */
async function get(app: FastifyInstance, url: string, headers: Record<string, string> = {}) {
  for (let waited = 0; app.isUnderPressure() && waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return app.inject({ method: 'GET', url, headers });
}

describe('response cache', () => {
  it('answers a repeated public read from memory with the same body and representation headers', async () => {
    const url = '/v1/programs?state=TX&degree_level=associate&limit=5';
    const before = t.app.responseCache.stats();
    const first = await get(t.app, url);
    const second = await get(t.app, url, { 'x-request-id': 'second-read' });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    for (const name of ['content-type', 'etag', 'cache-control', 'vary']) {
      expect(second.headers[name], name).toBe(first.headers[name]);
    }
    // Per-request headers are the request's own, not the cached answer's.
    expect(second.headers['x-request-id']).toBe('second-read');
    expect(first.headers['x-request-id']).not.toBe('second-read');
    const after = t.app.responseCache.stats();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);
  });

  it('keys entries by the URL as sent, so links.self always echoes the request', async () => {
    const a = await get(t.app, '/v1/programs?state=OK&degree_level=associate');
    const b = await get(t.app, '/v1/programs?degree_level=associate&state=OK');
    expect(a.json().links.self).toBe('/v1/programs?state=OK&degree_level=associate');
    expect(b.json().links.self).toBe('/v1/programs?degree_level=associate&state=OK');
    expect(b.json().data).toEqual(a.json().data);
  });

  it('shows a write in the next read once the instance is notified, and moves the ETag only then', async () => {
    const url = '/v1/programs?state=WY&limit=100';
    const first = await get(t.app, url);
    const again = await get(t.app, url);
    expect(again.headers.etag).toBe(first.headers.etag);
    // Other reads do not move the ETag either.
    await get(t.app, '/v1/programs?state=WY&limit=99');
    expect((await get(t.app, url)).headers.etag).toBe(first.headers.etag);

    await addProgram('CACHE-W-0001', 'Health Information Technology Cache One');
    await notified();

    const after = await get(t.app, url);
    expect(after.json().meta.total).toBe(first.json().meta.total + 1);
    expect(after.json().data.map((program: { name: string }) => program.name)).toContain(
      'Health Information Technology Cache One',
    );
    expect(after.headers.etag).not.toBe(first.headers.etag);
    // Every instance on the database agrees, the uncached one included.
    expect((await get(uncached, url)).body).toBe(after.body);
  });

  it('keeps the ETag when an import changes nothing', async () => {
    const url = '/v1/programs?state=WY&limit=100';
    await addProgram('CACHE-W-0002', 'Health Information Technology Cache Two');
    await notified();
    const before = await get(t.app, url);
    const report = await importPrograms(
      t.database.primary,
      {
        kind: 'json',
        rows: [
          {
            cahiim_epc: 'CACHE-W-0002',
            institution_name: 'CACHE-W-0002 Community College',
            city: 'Casper',
            state: 'WY',
            zip: '82601',
            program_name: 'Health Information Technology Cache Two',
            credential: 'AAS',
            degree_level: 'associate',
            discipline: 'health_information_management',
            delivery_mode: 'online',
            accreditation_status: 'accredited',
          },
        ],
      },
      { dryRun: false, actor: 'test', source: 'import' },
    );
    expect(report).toMatchObject({ unchanged: 1, created: 0, updated: 0 });
    const after = await get(t.app, url);
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(after.body).toBe(before.body);
  });

  it('answers If-None-Match with the version ETag by a 304 without reading the database', async () => {
    const url = '/v1/programs?q=informatics&delivery_mode=online';
    const first = await get(counted, url);
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const readsBefore = reads;
    const revalidated = await get(counted, url, { 'if-none-match': etag });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    expect(revalidated.headers.etag).toBe(etag);
    expect(revalidated.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    expect(reads).toBe(readsBefore);
    // A weak comparison and a list both match; another tag does not.
    expect((await get(counted, url, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
    expect((await get(counted, url, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    // The cached instance hands out the same ETag and honours it from memory too.
    expect((await get(t.app, url)).headers.etag).toBe(etag);
    expect((await get(t.app, url, { 'if-none-match': etag })).statusCode).toBe(304);
  });

  it('answers the same bodies and headers with the cache disabled', async () => {
    const [first] = (await get(t.app, '/v1/programs?limit=2')).json().data;
    const urls = [
      '/v1/programs?state=FL&degree_level=associate,baccalaureate&delivery_mode=online',
      '/v1/programs?sort=-tuition&limit=7&fields=name,tuition',
      `/v1/programs/${first.id}`,
      `/v1/programs/${first.slug}`,
      '/v1/institutions?state=CA',
      `/v1/institutions/${first.institution.id}`,
      '/v1/vocabularies',
    ];
    for (const url of urls) {
      const miss = await get(t.app, url);
      const hit = await get(t.app, url);
      const plain = await get(uncached, url);
      expect(miss.statusCode, url).toBe(200);
      for (const response of [hit, plain]) {
        expect(response.statusCode, url).toBe(200);
        expect(response.body, url).toBe(miss.body);
        expect(response.headers.etag, url).toBe(miss.headers.etag);
        expect(response.headers['content-type'], url).toBe(miss.headers['content-type']);
      }
    }
    expect(uncached.responseCache.stats()).toMatchObject({ enabled: false, hits: 0, entries: 0 });
  });

  it('keeps a program its own ETag, from memory as from the database', async () => {
    const [program] = (await get(t.app, '/v1/programs?state=WY&limit=1')).json().data;
    const first = await get(t.app, `/v1/programs/${program.id}`);
    const etag = first.headers.etag as string;
    expect((await get(uncached, `/v1/programs/${program.id}`)).headers.etag).toBe(etag);
    // Writes to other programs leave it valid.
    await addProgram('CACHE-W-0003', 'Health Information Technology Cache Three');
    await notified();
    const after = await get(t.app, `/v1/programs/${program.id}`, { 'if-none-match': etag });
    expect(after.statusCode).toBe(304);
  });

  it('neither serves nor keeps answers for requests with credentials, errors or other media types', async () => {
    const url = '/v1/programs?state=NM';
    await get(t.app, url);
    const before = t.app.responseCache.stats();
    const authorized = await get(t.app, url, { authorization: 'Bearer not-a-key' });
    expect(authorized.statusCode).toBe(200);
    const invalid = await get(t.app, '/v1/programs?state=NM&limit=500');
    expect(invalid.statusCode).toBe(400);
    expect((await get(t.app, '/v1/programs?state=NM&limit=500')).statusCode).toBe(400);
    const html = await get(t.app, url, { accept: 'text/html' });
    expect(t.app.responseCache.stats().hits).toBe(before.hits);
    expect(html.statusCode).not.toBe(500);
    const json = await get(t.app, url, { accept: 'application/json' });
    expect(json.statusCode).toBe(200);
    expect(t.app.responseCache.stats().hits).toBe(before.hits + 1);
  });
});
