import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allPrograms,
  createFinderClient,
  FinderProblem,
  type ProgramQuery,
} from '../../clients/typescript/src/index.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/** The TypeScript client of clients/typescript against the service, listening on a port. */

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-client';

let t: TestApp;
let baseUrl: string;
/** Each request the client sent: its method, path and whether it carried the API key. */
const sent: { method: string; path: string; withKey: boolean }[] = [];

const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  sent.push({
    method: request.method,
    path: new URL(request.url).pathname,
    withKey: request.headers.get('authorization') === `Bearer ${ADMIN_KEY}`,
  });
  return fetch(request);
};

beforeAll(async () => {
  t = await createTestApp({ config: { ADMIN_API_KEY: ADMIN_KEY } });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t?.close());

describe('the TypeScript client', () => {
  it('walks every page of a search, each program once', async () => {
    const finder = createFinderClient({ baseUrl });
    const query: ProgramQuery = { state: ['FL', 'TX', 'CA'], limit: 5 };
    const { data } = await finder.GET('/v1/programs', { params: { query } });
    const ids: string[] = [];
    for await (const program of allPrograms(finder, query)) ids.push(program.id);
    expect(data?.meta.total).toBeGreaterThan(10);
    expect(ids).toHaveLength(data?.meta.total ?? -1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('throws the problem of a refused search', async () => {
    const finder = createFinderClient({ baseUrl });
    const walk = async () => {
      for await (const _ of allPrograms(finder, { near: '00000' })) break;
    };
    await expect(walk()).rejects.toBeInstanceOf(FinderProblem);
    await expect(walk()).rejects.toMatchObject({ status: 400, problem: { code: 'invalid_parameter' } });
  });

  it('sends the API key with writes and admin reads only, so public reads stay cacheable', async () => {
    const admin = createFinderClient({ baseUrl, apiKey: ADMIN_KEY, fetch: recordingFetch });
    sent.length = 0;
    const { data: list } = await admin.GET('/v1/programs', { params: { query: { limit: 1 } } });
    const id = list?.data[0]?.id ?? '';
    const { data: detail, response } = await admin.GET('/v1/programs/{id_or_slug}', {
      params: { path: { id_or_slug: id } },
    });
    expect(response.headers.get('cache-control')).toMatch(/^public/);
    expect(detail?.id).toBe(id);
    const audit = await admin.GET('/v1/admin/changes', { params: { query: { limit: 1 } } });
    expect(audit.response.status).toBe(200);
    const deleted = await admin.DELETE('/v1/programs/{id_or_slug}', { params: { path: { id_or_slug: id } } });
    expect(deleted.response.status).toBe(204);
    expect(sent).toEqual([
      { method: 'GET', path: '/v1/programs', withKey: false },
      { method: 'GET', path: `/v1/programs/${id}`, withKey: false },
      { method: 'GET', path: '/v1/admin/changes', withKey: true },
      { method: 'DELETE', path: `/v1/programs/${id}`, withKey: true },
    ]);
  });
});
