import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateCodes } from '../../src/domain/vocabularies.js';
import { projectRoot } from '../../src/paths.js';
import { EMBED_CSP } from '../../src/web/embed-page.js';
import { widgetScript } from '../../src/web/widget-bundle.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/** What a page of another origin relies on: CORS, caching, widget.js and /embed (rate limits: rate-limit.test.ts). */

let t: TestApp;
let adminOrigin: TestApp;
let namedOnly: TestApp;

beforeAll(async () => {
  // One at a time: the embedded database loads its data on this thread, and an app whose plugins
  // start behind others' loading can miss Fastify's plugin timeout on a busy machine.
  t = await createTestApp();
  adminOrigin = await createTestApp({ seed: false, config: { CORS_ORIGINS: ['*', 'https://admin.example'] } });
  namedOnly = await createTestApp({ seed: false, config: { CORS_ORIGINS: ['https://site.example'] } });
});
afterAll(() => Promise.all([t, adminOrigin, namedOnly].map((app) => app?.close())));

const site = 'https://admissions.example';
const preflight = (app: TestApp, url: string, method: string, origin = site) =>
  app.app.inject({
    method: 'OPTIONS',
    url,
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization, content-type',
    },
  });

describe('CORS', () => {
  it('lets any origin read public answers and the headers the contract exposes', async () => {
    const response = await t.app.inject({ url: '/v1/programs?limit=1', headers: { origin: site } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const exposed = String(response.headers['access-control-expose-headers'])
      .split(',')
      .map((name) => name.trim().toLowerCase());
    for (const name of ['etag', 'link', 'location', 'x-request-id', 'ratelimit-policy', 'ratelimit', 'retry-after']) {
      expect(exposed).toContain(name);
    }
  });

  it('answers a preflight for a public read', async () => {
    const response = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/programs?state=TX',
      headers: {
        origin: site,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-methods']).toContain('GET');
    expect(response.headers['access-control-allow-headers']).toBe('if-none-match');
    expect(Number(response.headers['access-control-max-age'])).toBeGreaterThan(0);
  });

  it('keeps writes, imports and the admin area closed to other origins under the default *', async () => {
    for (const [url, method] of [
      ['/v1/programs', 'POST'],
      ['/v1/programs/some-program', 'PATCH'],
      ['/v1/programs/some-program', 'DELETE'],
      ['/v1/imports?dry_run=true', 'POST'],
      ['/v1/admin/keys', 'GET'],
    ] as const) {
      const response = await preflight(t, url, method);
      expect(response.headers['access-control-allow-origin'], `${method} ${url}`).toBeUndefined();
    }
    const direct = await t.app.inject({ method: 'POST', url: '/v1/imports', headers: { origin: site }, payload: [] });
    expect(direct.headers['access-control-allow-origin']).toBeUndefined();
    const adminRead = await t.app.inject({ url: '/v1/admin/keys', headers: { origin: site } });
    expect(adminRead.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('opens the admin endpoints to origins CORS_ORIGINS names, and only to them', async () => {
    const named = await preflight(adminOrigin, '/v1/programs/some-program', 'PATCH', 'https://admin.example');
    expect(named.statusCode).toBe(204);
    expect(named.headers['access-control-allow-origin']).toBe('https://admin.example');
    expect(named.headers['access-control-allow-methods']).toContain('PATCH');
    expect(named.headers['access-control-allow-headers']).toBe('authorization, content-type');
    expect(named.headers.vary).toContain('Origin');

    const other = await preflight(adminOrigin, '/v1/programs/some-program', 'PATCH', site);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    // Public reads stay open to everyone because the list also holds *.
    const read = await adminOrigin.app.inject({ url: '/v1/vocabularies', headers: { origin: site } });
    expect(read.headers['access-control-allow-origin']).toBe('*');
  });

  it('limits public reads to the listed origins when CORS_ORIGINS has no *', async () => {
    const allowed = await namedOnly.app.inject({
      url: '/v1/vocabularies',
      headers: { origin: 'https://site.example' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://site.example');
    expect(allowed.headers.vary).toContain('Origin');
    const refused = await namedOnly.app.inject({ url: '/v1/vocabularies', headers: { origin: site } });
    expect(refused.statusCode).toBe(200);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('HTTP caching', () => {
  it('sends ETag, public Cache-Control and one Vary, and a 304 a browser on another origin can use', async () => {
    const first = await t.app.inject({ url: '/v1/programs?limit=2', headers: { origin: site } });
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/); // strong
    const vary = String(first.headers.vary)
      .split(',')
      .map((name) => name.trim().toLowerCase());
    expect(vary).toContain('origin');
    expect(vary.filter((name) => name === 'origin')).toHaveLength(1);

    const again = await t.app.inject({
      url: '/v1/programs?limit=2',
      headers: { origin: site, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['access-control-allow-origin']).toBe('*');
  });

  it('never lets caches keep an error', async () => {
    const response = await t.app.inject({ url: '/v1/programs?limit=500' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /widget.js', () => {
  it('serves the script, cacheable and loadable from pages of any origin', async () => {
    const response = await t.app.inject({ url: '/widget.js', headers: { origin: site } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(response.body).toBe((await widgetScript()).script);
    expect(response.body).toContain('"program-finder"');
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');

    const again = await t.app.inject({
      url: '/widget.js',
      headers: { 'if-none-match': String(response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('stays within its budget of 30 kB gzipped, in one file that loads nothing from other hosts', async () => {
    const { script, gzipBytes } = await widgetScript();
    expect(gzipBytes).toBeLessThanOrEqual(30 * 1024);
    expect(gzipBytes).toBe(gzipSync(script, { level: 9 }).length);
    expect(script).not.toMatch(/\bimport\s*\(|\bimport\s+[\w{*]|require\(/);
    expect(script).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});

describe('the versioned widget script', () => {
  it('serves the script immutable at the path /widget/version.json names, with its integrity hash', async () => {
    const { script, path, integrity, gzipBytes } = await widgetScript();
    const version = await t.app.inject({ url: '/widget/version.json', headers: { origin: site } });
    expect(version.statusCode).toBe(200);
    expect(version.json()).toEqual({ path, integrity, gzip_bytes: gzipBytes });
    expect(path).toMatch(/^\/widget\/v1\.[0-9a-f]{16}\.js$/);
    expect(integrity).toBe(`sha384-${createHash('sha384').update(script).digest('base64')}`);

    const response = await t.app.inject({ url: path, headers: { origin: site } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(script);
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');

    const old = await t.app.inject({ url: '/widget/v1.0000000000000000.js' });
    expect(old.statusCode).toBe(404);
    expect(old.headers['cache-control']).toBe('no-store');
  });

  it('is printed in the README, path and integrity hash, as the service serves it', async () => {
    const { path, integrity } = await widgetScript();
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain(`${path}" integrity="${integrity}"`);
  });
});

describe('GET /widget/us-map.json', () => {
  it('serves every state, DC, Puerto Rico and the territories as SVG paths with their projection', async () => {
    const response = await t.app.inject({ url: '/widget/us-map.json', headers: { origin: site } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const map = response.json() as { states: { code: string; path: string }[]; insets: { states?: string[] }[] };
    expect(map.states.map((state) => state.code).sort()).toEqual([...stateCodes].sort());
    for (const state of map.states) expect(state.path, state.code).toMatch(/^M[\d.,LMZ-]+Z$/);
    expect(map.insets.filter((inset) => !inset.states)).toHaveLength(1);

    const again = await t.app.inject({
      url: '/widget/us-map.json',
      headers: { 'if-none-match': String(response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });
});

describe('GET /embed', () => {
  it('renders the finder page with the filters, escaped, under a policy that lets any site frame it', async () => {
    const q = '"><script>alert(1)</script>';
    const response = await t.app.inject({
      url: `/embed?state=tx&degree_level=associate,master&limit=5&q=${encodeURIComponent(q)}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(`${EMBED_CSP}; frame-ancestors *`);
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.body).toContain('<script src="/widget.js" defer></script>');
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toMatch(/<program-finder url-state [^>]*state="TX"/);
    expect(response.body).toContain('degree-level="associate,master"');
    expect(response.body).toContain('limit="5"');
    expect(response.body).toContain('q="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(response.body).not.toContain('<script>alert');
  });

  it('takes every filter of GET /v1/programs, its sort and the language, written as the API reads them', async () => {
    const response = await t.app.inject({
      url: '/embed?near=33614&radius_mi=100&placement_assistance=true&career_services=exam_prep&career_services=mentoring&max_tuition=9000&min_pass_rate=75.5&sort=-pass_rate&lang=es',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="es">');
    for (const attribute of [
      'near="33614"',
      'radius-mi="100"',
      'placement-assistance="true"',
      'career-services="exam_prep,mentoring"',
      'max-tuition="9000"',
      'min-pass-rate="75.5"',
      'sort="-pass_rate"',
    ]) {
      expect(response.body).toContain(attribute);
    }
  });

  it('carries the schema.org JSON-LD of the program it opens on, the same as the API answers', async () => {
    const listed = await t.app.inject({ url: '/v1/programs?occupation=29-2072&fields=slug,id&limit=1' });
    const { id, slug } = listed.json().data[0];
    const response = await t.app.inject({ url: `/embed?program=${id}&lang=es` });
    expect(response.statusCode).toBe(200);
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(response.body)?.[1];
    expect(block).toBeDefined();
    expect(block).not.toContain('<');
    const api = await t.app.inject({ url: `/v1/programs/${slug}`, headers: { accept: 'application/ld+json' } });
    expect(JSON.parse(block as string)).toEqual(api.json());
    expect(response.body).toContain(`program="${slug}"`);
    expect(response.body).toMatch(new RegExp(`<title>${api.json().name} · `));
    // A program that is not there: the finder alone, no JSON-LD, no attribute.
    const unknown = await t.app.inject({ url: '/embed?program=no-such-program' });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).not.toContain('application/ld+json');
    expect(unknown.body).not.toContain('program="');
  });

  it('leaves out unknown parameters and values the API would reject, with a notice in words, never a problem', async () => {
    for (const [query, name, kept] of [
      ['stat=TX', 'stat', ''],
      ['degree_level=phd&state=TX', 'degree_level', 'state="TX"'],
      ['limit=500', 'limit', ''],
      ['state=ZZ&q=health', 'state', 'q="health"'],
      ['radius_mi=10', 'radius_mi', ''],
      ['sort=distance&state=FL', 'sort', 'state="FL"'],
      ['lang=fr', 'lang', ''],
      ['view=grid', 'view', ''],
      ['theme=blue', 'theme', ''],
    ] as const) {
      const response = await t.app.inject({ url: `/embed?${query}` });
      expect(response.statusCode, query).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain(`data-ignored="${name}"`);
      expect(response.body).toContain('Part of this link could not be used');
      expect(response.body).toContain('<program-finder url-state');
      if (kept) expect(response.body).toContain(kept);
      expect(response.body).not.toMatch(new RegExp(`<program-finder[^>]* ${name.replace(/_/g, '-')}="`));
    }
    const es = await t.app.inject({ url: '/embed?lang=es&degree_level=bachelor' });
    expect(es.body).toContain('<html lang="es">');
    expect(es.body).toContain('no se pudo usar');
  });

  it('takes the view, theme and programs chosen as attributes', async () => {
    const response = await t.app.inject({ url: '/embed?view=compare&theme=dark&chosen=a-program,another-one' });
    expect(response.statusCode).toBe(200);
    for (const attribute of ['view="compare"', 'theme="dark"', 'chosen="a-program,another-one"']) {
      expect(response.body).toContain(attribute);
    }
    expect(response.body).toContain('<meta name="color-scheme" content="dark">');
    expect(response.body).not.toContain('data-ignored');
  });

  it('leaves every other page unframeable by other sites', async () => {
    for (const url of ['/docs/', '/v1/vocabularies']) {
      const response = await t.app.inject({ url });
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });
});
