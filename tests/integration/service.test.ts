import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t?.close());

describe('operations', () => {
  it('is live and ready once migrated', async () => {
    expect((await getJson(t.app, '/healthz')).body).toEqual({ status: 'ok' });
    expect((await getJson(t.app, '/readyz')).status).toBe(200);
  });

  it('serves the OpenAPI 3.1 document and Swagger UI', async () => {
    const { status, body } = await getJson(t.app, '/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const path of ['/v1/programs', '/v1/programs/{id_or_slug}', '/v1/institutions', '/v1/vocabularies']) {
      expect(body.paths[path].get.operationId).toBeTruthy();
    }
    const docs = await t.app.inject({ url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

describe('conventions', () => {
  it('echoes a client request id and makes one up otherwise', async () => {
    const echoed = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const made = await t.app.inject({ url: '/healthz' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'a b<script>' } });
    expect(unsafe.headers['x-request-id']).not.toBe('a b<script>');
  });

  it('answers an unknown path with a 404 problem', async () => {
    const response = await t.app.inject({ url: '/v2/nothing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      code: 'not_found',
      detail: 'No endpoint answers GET /v2/nothing',
      instance: '/v2/nothing?x=1',
    });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('sends public caching headers and a working ETag on reads', async () => {
    const first = await t.app.inject({ url: '/v1/vocabularies' });
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const again = await t.app.inject({
      url: '/v1/vocabularies',
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it('lists every vocabulary with labels', async () => {
    const { body } = await getJson(t.app, '/v1/vocabularies');
    expect(body.accreditation_status).toContainEqual(
      expect.objectContaining({
        value: 'administrative_probation',
        label: 'Administrative Probationary Accreditation',
      }),
    );
    for (const name of ['degree_level', 'discipline', 'delivery_mode', 'internship_format', 'career_services']) {
      expect(body[name].length).toBeGreaterThan(1);
    }
  });
});

describe('requests Node refuses before routing', () => {
  it('answers headers over 16 KB with a 431 problem, not bare JSON', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { 'x-big': 'a'.repeat(20_000) } });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await response.json()).toMatchObject({ status: 431, code: 'headers_too_large' });
  });
});
