import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalog, problemType } from '../../src/errors.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

/** What every client relies on beyond the shapes: list parameters, methods, problem types, preconditions. */

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-conventions';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };

let t: TestApp;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createTestApp({ config: { ADMIN_API_KEY: ADMIN_KEY } });
  app = t.app;
});
afterAll(() => t?.close());

const ids = (body: { data: { id: string }[] }) => body.data.map((program) => program.id);

describe('multi-valued query parameters', () => {
  it('takes name[]=v (the axios, qs and PHP form) as name=v, alone, repeated or mixed with the plain form', async () => {
    const plain = await getJson(app, '/v1/programs?state=FL,TX&delivery_mode=online&limit=100');
    expect(plain.status).toBe(200);
    expect(plain.body.meta.total).toBeGreaterThan(0);
    for (const url of [
      '/v1/programs?state[]=FL&state[]=TX&delivery_mode[]=online&limit=100',
      '/v1/programs?state%5B%5D=FL&state%5B%5D=TX&delivery_mode%5B%5D=online&limit=100',
      '/v1/programs?state=FL&state[]=TX&delivery_mode=online&limit=100',
      '/v1/programs?state[]=TX&state=FL&delivery_mode[]=online&limit=100',
    ]) {
      const bracketed = await getJson(app, url);
      expect(bracketed.status, url).toBe(200);
      expect(bracketed.body.meta.total, url).toBe(plain.body.meta.total);
      expect(ids(bracketed.body), url).toEqual(ids(plain.body));
    }
  });

  it('does so on facets, export and compare as well', async () => {
    const plain = await getJson(app, '/v1/programs/facets?state=FL,TX&career_services=exam_prep');
    const bracketed = await getJson(app, '/v1/programs/facets?state[]=FL&state[]=TX&career_services[]=exam_prep');
    expect(bracketed.status).toBe(200);
    expect(bracketed.body).toEqual(plain.body);

    const [first, second] = ids((await getJson(app, '/v1/programs?limit=2')).body);
    const compared = await getJson(app, `/v1/programs/compare?ids[]=${second}&ids[]=${first}`);
    expect(compared.status).toBe(200);
    expect(ids(compared.body)).toEqual([second, first]);

    const exported = await app.inject({ method: 'GET', url: '/v1/programs/export?format=ndjson&state[]=FL' });
    expect(exported.statusCode).toBe(200);
    const states = exported.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).institution.state);
    expect(new Set(states)).toEqual(new Set(['FL']));
  });

  it('still refuses an unknown parameter and a single-valued one given as a list, naming them without brackets', async () => {
    const unknown = await getJson(app, '/v1/programs?stat[]=TX');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ in: 'query', name: 'stat', message: 'is not a known parameter' }]);

    const single = await getJson(app, '/v1/programs?limit[]=5');
    expect(single.status).toBe(400);
    expect(single.body.errors).toEqual([{ in: 'query', name: 'limit', message: 'must be given only once' }]);

    const badValue = await getJson(app, '/v1/programs?state[]=XX');
    expect(badValue.status).toBe(400);
    expect(badValue.body.errors[0]).toMatchObject({ in: 'query', name: 'state' });

    const malformed = await getJson(app, '/v1/programs?state%5B%5D=%FF');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([
      { in: 'query', name: 'state', message: 'is not valid percent-encoded UTF-8' },
    ]);
  });
});

describe('methods', () => {
  it('answers a known path with a method it does not take by 405, listing the methods it takes in Allow', async () => {
    const cases: [string, string, string][] = [
      ['PUT', '/v1/programs', 'GET, HEAD, POST'],
      ['DELETE', '/v1/programs', 'GET, HEAD, POST'],
      ['POST', '/v1/vocabularies', 'GET, HEAD'],
      // The detail route takes any id or slug, `facets` included.
      ['POST', '/v1/programs/facets', 'GET, HEAD, PATCH, DELETE'],
      ['PUT', '/v1/programs/some-program', 'GET, HEAD, PATCH, DELETE'],
      ['GET', '/v1/imports', 'POST'],
      ['POST', '/healthz', 'GET, HEAD'],
      ['PATCH', '/v1/programs/', 'GET, HEAD, POST'],
    ];
    for (const [method, url, allow] of cases) {
      const response = await app.inject({ method: method as 'PUT', url, headers: auth });
      expect(response.statusCode, `${method} ${url}`).toBe(405);
      expect(response.headers.allow, `${method} ${url}`).toBe(allow);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.json()).toMatchObject({
        type: '/problems/method-not-allowed',
        status: 405,
        code: 'method_not_allowed',
      });
      expect(response.json().detail).toContain(allow);
    }
  });

  it('still answers a path nothing answers by 404', async () => {
    for (const method of ['GET', 'PUT'] as const) {
      const response = await app.inject({ method, url: '/v1/nothing-here' });
      expect(response.statusCode).toBe(404);
      expect(response.headers.allow).toBeUndefined();
      expect(response.json().code).toBe('not_found');
    }
  });
});

describe('problem types', () => {
  it('resolves the type of every problem to a page that describes it', async () => {
    for (const [code, { status, title }] of Object.entries(errorCatalog)) {
      const type = problemType(code as keyof typeof errorCatalog);
      const page = await app.inject({ method: 'GET', url: type, headers: { accept: 'text/html,*/*;q=0.8' } });
      expect(page.statusCode, type).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain(`<h1>${title}</h1>`);
      expect(page.body).toContain(`<strong>${status}</strong>`);
      expect(page.body).toContain(`<code>${code}</code>`);
    }
    const page = await app.inject({ method: 'GET', url: '/problems/precondition-required' });
    expect(page.body).toContain('<code>If-Match</code> with the <code>ETag</code>');
  });

  it('leads from an actual problem to its description', async () => {
    const problem = await getJson(app, '/v1/programs?limit=500');
    expect(problem.status).toBe(400);
    const description = await app.inject({ method: 'GET', url: problem.body.type });
    expect(description.statusCode).toBe(200);
    expect(description.body).toContain(`<code>${problem.body.code}</code>`);
  });

  it('refuses a type that does not exist', async () => {
    const response = await getJson(app, '/problems/no-such-problem');
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ in: 'path', name: 'slug' });
  });
});

describe('suggestions', () => {
  it('have the shape their type says: a program has an id and no state, an institution both, a city a state only', async () => {
    const seen = new Set<string>();
    for (const q of ['health', 'tampa', 'college', 'informatics', 'san']) {
      const { body } = await getJson(app, `/v1/suggest?q=${q}&limit=20`);
      for (const suggestion of body.data) {
        seen.add(suggestion.type);
        if (suggestion.type === 'program') {
          expect(suggestion.id).toMatch(/^[0-9a-f-]{36}$/);
          expect(suggestion.state).toBeNull();
          expect((await getJson(app, `/v1/programs/${suggestion.id}`)).status).toBe(200);
        } else if (suggestion.type === 'institution') {
          expect(suggestion.id).toMatch(/^[0-9a-f-]{36}$/);
          expect(suggestion.state).toMatch(/^[A-Z]{2}$/);
          expect((await getJson(app, `/v1/institutions/${suggestion.id}`)).status).toBe(200);
        } else {
          expect(suggestion.type).toBe('city');
          expect(suggestion.id).toBeNull();
          expect(suggestion.state).toMatch(/^[A-Z]{2}$/);
        }
      }
    }
    expect(seen).toEqual(new Set(['program', 'institution', 'city']));
  });
});

describe('preconditions', () => {
  it('answers a PATCH without If-Match by 428 before it looks at the body', async () => {
    const [id] = ids((await getJson(app, '/v1/programs?limit=1')).body);
    for (const payload of ['[1, 2]', '{"credit_hours": "many"}', '{}']) {
      const response = await app.inject({
        method: 'PATCH',
        url: `/v1/programs/${id}`,
        headers: { ...auth, 'content-type': 'application/merge-patch+json' },
        payload,
      });
      expect(response.statusCode, payload).toBe(428);
      expect(response.json().errors).toEqual([{ in: 'header', name: 'if-match', message: 'is required' }]);
    }
    const blank = await app.inject({
      method: 'PATCH',
      url: `/v1/programs/${id}`,
      headers: { ...auth, 'content-type': 'application/merge-patch+json', 'if-match': ' ' },
      payload: '{}',
    });
    expect(blank.statusCode).toBe(428);
  });

  it('answers every GET conditionally: 304 without a body for the ETag it gave', async () => {
    const [program, other] = (await getJson(app, '/v1/programs?limit=2')).body.data;
    const institution = program.institution.id;
    for (const url of [
      '/v1/programs?state=FL',
      '/v1/programs/facets?state=FL',
      `/v1/programs/${program.slug}`,
      `/v1/programs/compare?ids=${program.id},${other.slug}`,
      '/v1/programs/export?format=csv&state=FL',
      '/v1/institutions?state=FL',
      `/v1/institutions/${institution}`,
      '/v1/suggest?q=health',
      '/v1/vocabularies',
      '/v1/changes?limit=5',
      '/problems/not-found',
      '/healthz',
    ]) {
      const first = await app.inject({ method: 'GET', url });
      expect(first.statusCode, url).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag, url).toMatch(/^"/);
      const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(again.statusCode, url).toBe(304);
      expect(again.body, url).toBe('');
      expect(again.headers.etag, url).toBe(etag);
    }
  });
});
