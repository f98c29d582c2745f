import { parseAtomFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-atom-feed';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { ADMIN_API_KEY: ADMIN_KEY } });
});
afterAll(() => t?.close());

/** Parses with a maintained feed parser, and checks what RFC 4287 requires of a feed and its entries. */
function parseAtom(xml: string) {
  const feed = parseAtomFeed(xml);
  expect(feed.id).toBeTruthy();
  expect(feed.title?.value).toBeTruthy();
  expect(Number.isNaN(Date.parse(feed.updated as string))).toBe(false);
  expect(feed.authors?.[0]?.name).toBeTruthy();
  for (const entry of feed.entries ?? []) {
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(entry.title?.value).toBeTruthy();
    expect(Number.isNaN(Date.parse(entry.updated as string))).toBe(false);
    expect(
      entry.links?.some((link) => link.rel === 'alternate' && /\/v1\/programs\/[a-z0-9-]+$/.test(link.href ?? '')),
    ).toBe(true);
  }
  return feed;
}

describe('GET /v1/accreditation-actions.atom', () => {
  it('is an Atom 1.0 feed of accreditation actions, newest first, each entry linking to its program', async () => {
    const response = await t.app.inject({
      url: '/v1/accreditation-actions.atom',
      headers: { host: 'api.example.org' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers['cache-control']).toMatch(/^public/);
    const feed = parseAtom(response.body);
    const entries = feed.entries ?? [];
    expect(entries.length).toBeGreaterThan(5);
    const published = entries.map((entry) => entry.published as string);
    expect([...published].sort().reverse()).toEqual(published);
    const [link] = entries[0]?.links ?? [];
    expect(link?.href).toMatch(/^http:\/\/api\.example\.org\/v1\/programs\//);
    const program = await t.app.inject({ url: (link?.href ?? '').replace('http://api.example.org', '') });
    expect(program.statusCode).toBe(200);
  });

  it('takes the filters of /v1/programs', async () => {
    const response = await t.app.inject({ url: '/v1/accreditation-actions.atom?state=FL&degree_level=associate' });
    const feed = parseAtom(response.body);
    expect(feed.entries?.length).toBeGreaterThan(0);
    for (const entry of feed.entries ?? []) {
      const href = (entry.links?.[0]?.href ?? '').replace(/^https?:\/\/[^/]+/, '');
      const program = (await t.app.inject({ url: href })).json();
      expect(program.institution.state).toBe('FL');
      expect(program.degree_level).toBe('associate');
    }
    const bad = await t.app.inject({ url: '/v1/accreditation-actions.atom?stat=FL' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.json().errors[0].name).toBe('stat');
  });

  it('answers If-None-Match with 304 until an action is recorded, which comes first', async () => {
    const first = await t.app.inject({ url: '/v1/accreditation-actions.atom' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const again = await t.app.inject({ url: '/v1/accreditation-actions.atom', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    const [program] = (await t.app.inject({ url: '/v1/programs?limit=1' })).json().data;
    const recorded = await t.app.inject({
      method: 'POST',
      url: `/v1/programs/${program.id}/accreditation-actions`,
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
      payload: {
        action: 'accreditation_withdrawn',
        date: '2099-01-15',
        note: 'Withdrawn <for> "testing" & more',
        status: 'withdrawn',
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const changed = await t.app.inject({ url: '/v1/accreditation-actions.atom', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const [entry] = parseAtom(changed.body).entries ?? [];
    expect(entry?.published).toBe('2099-01-15T00:00:00Z');
    expect(entry?.title?.value).toContain('Accreditation withdrawn');
    expect(entry?.summary?.value).toContain('Withdrawn <for> "testing" & more');
    expect(entry?.links?.[0]?.href).toContain(program.slug);
  });
});
