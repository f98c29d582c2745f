import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands.js';
import { queryRows } from '../../src/db/client.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-auth';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: false, config: { ADMIN_API_KEY: ADMIN_KEY } });
});
afterAll(() => t?.close());

/** Runs a CLI command against this file's database; returns what it printed. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(t.database, argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

const UUID = '0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10';
/** One request per admin operation, with a body that would pass validation. */
const adminRequests = [
  { method: 'POST', url: '/v1/programs', payload: {} },
  { method: 'PATCH', url: `/v1/programs/${UUID}`, payload: {} },
  { method: 'DELETE', url: `/v1/programs/${UUID}` },
  { method: 'POST', url: `/v1/programs/${UUID}/accreditation-actions`, payload: {} },
  { method: 'POST', url: '/v1/institutions', payload: {} },
  { method: 'PATCH', url: `/v1/institutions/${UUID}`, payload: {} },
  { method: 'DELETE', url: `/v1/institutions/${UUID}` },
  { method: 'POST', url: '/v1/imports', payload: [] },
  { method: 'POST', url: '/v1/occupations/imports', payload: [] },
  { method: 'GET', url: '/v1/admin/changes' },
  { method: 'POST', url: '/v1/webhooks', payload: {} },
  { method: 'GET', url: '/v1/webhooks' },
  { method: 'GET', url: `/v1/webhooks/${UUID}`, path: '/v1/webhooks/{id}' },
  { method: 'PATCH', url: `/v1/webhooks/${UUID}`, path: '/v1/webhooks/{id}', payload: {} },
  { method: 'DELETE', url: `/v1/webhooks/${UUID}`, path: '/v1/webhooks/{id}' },
  { method: 'POST', url: `/v1/webhooks/${UUID}/secret`, path: '/v1/webhooks/{id}/secret' },
  {
    method: 'POST',
    url: `/v1/webhooks/${UUID}/deliveries/${UUID}/retry`,
    path: '/v1/webhooks/{id}/deliveries/{delivery_id}/retry',
  },
] as const;

describe('admin authentication', () => {
  it('covers every operation the OpenAPI document marks as needing a key', async () => {
    const document = (await t.app.inject({ url: '/openapi.json' })).json();
    const secured: string[] = [];
    for (const [path, operations] of Object.entries(
      document.paths as Record<string, Record<string, { security?: unknown[] }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        if (operation.security?.length) secured.push(`${method.toUpperCase()} ${path}`);
      }
    }
    const covered = adminRequests.map(
      (request) => `${request.method} ${'path' in request ? request.path : request.url.replace(UUID, '{id_or_slug}')}`,
    );
    expect(secured.sort()).toEqual([...covered].sort());
  });

  it('refuses every admin request without a valid key: 401, WWW-Authenticate, problem, never cached', async () => {
    const { out } = await cli('keys', 'create', '--name', 'soon-revoked');
    const revoked = out[0] as string;
    expect((await cli('keys', 'revoke', 'soon-revoked')).code).toBe(0);
    const credentials: (string | undefined)[] = [
      undefined,
      '',
      'Bearer',
      `Basic ${Buffer.from(`admin:${ADMIN_KEY}`).toString('base64')}`,
      `Bearer ${ADMIN_KEY.slice(0, -1)}x`, // right length, wrong key
      'Bearer x', // shorter than any key
      `Bearer ${'k'.repeat(5000)}`, // longer than any key
      `Bearer ${ADMIN_KEY} extra`,
      `Bearer ${revoked}`,
    ];
    for (const request of adminRequests) {
      for (const authorization of credentials) {
        const response = await t.app.inject({
          method: request.method,
          url: request.url,
          headers: authorization === undefined ? {} : { authorization },
          ...('payload' in request ? { payload: request.payload } : {}),
        });
        const label = `${request.method} ${request.url} with ${authorization?.slice(0, 30)}`;
        expect(response.statusCode, label).toBe(401);
        expect(response.headers['www-authenticate'], label).toMatch(/^Bearer/);
        expect(response.headers['content-type'], label).toBe('application/problem+json; charset=utf-8');
        expect(response.headers['cache-control'], label).toBe('no-store');
        expect(response.json().code, label).toBe('unauthorized');
        expect(response.body, label).not.toContain(ADMIN_KEY);
      }
    }
  });

  it('accepts ADMIN_API_KEY and keys made with the CLI, and the scheme in any case', async () => {
    for (const authorization of [`Bearer ${ADMIN_KEY}`, `bearer ${ADMIN_KEY}`]) {
      const response = await t.app.inject({ url: '/v1/admin/changes', headers: { authorization } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
    }
    const { code, out, err } = await cli('keys', 'create', '--name', 'registrar-sync');
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const key = out[0] as string;
    expect(key).toMatch(/^hpf_[A-Za-z0-9_-]{43}$/);
    expect(err.join('\n')).not.toContain(key);
    const response = await t.app.inject({ url: '/v1/admin/changes', headers: { authorization: `Bearer ${key}` } });
    expect(response.statusCode).toBe(200);
  });

  it('stores only a SHA-256 of each key, records its last use, and revokes at once', async () => {
    const { out } = await cli('keys', 'create', '--name', 'ops');
    const key = out[0] as string;
    const stored = await queryRows<{ hash: string; last_used_at: string | null }>(
      t.database.primary,
      sql`SELECT hash, last_used_at::text FROM api_keys WHERE name = 'ops'`,
    );
    expect(stored).toEqual([{ hash: createHash('sha256').update(key).digest('hex'), last_used_at: null }]);
    const everything = await queryRows<Record<string, unknown>>(t.database.primary, sql`SELECT * FROM api_keys`);
    expect(JSON.stringify(everything)).not.toContain(key);

    expect(
      (await t.app.inject({ url: '/v1/admin/changes', headers: { authorization: `Bearer ${key}` } })).statusCode,
    ).toBe(200);
    const listed = await cli('keys', 'list');
    const line = listed.out.find((entry) => entry.startsWith('ops\t')) as string;
    expect(line).toMatch(/last used \d{4}-\d{2}-\d{2}T/);
    expect(line).toMatch(/\tactive$/);
    expect(listed.out.join('\n')).not.toContain(key);

    expect(await cli('keys', 'revoke', 'ops')).toMatchObject({ code: 0 });
    expect(
      (await t.app.inject({ url: '/v1/admin/changes', headers: { authorization: `Bearer ${key}` } })).statusCode,
    ).toBe(401);
    expect((await cli('keys', 'list')).out.find((entry) => entry.startsWith('ops\t'))).toMatch(/\trevoked \d{4}-/);
    expect(await cli('keys', 'revoke', 'ops')).toMatchObject({ code: 1, err: ['no active key is named "ops"'] });
  });

  it('refuses a reused, reserved or malformed key name', async () => {
    await cli('keys', 'create', '--name', 'once');
    expect((await cli('keys', 'create', '--name', 'once')).code).toBe(1);
    expect((await cli('keys', 'create', '--name', 'admin')).code).toBe(1);
    expect((await cli('keys', 'create', '--name', 'two words')).code).toBe(1);
    expect((await cli('keys', 'create')).code).toBe(2);
  });

  it('records the key name as the actor of a write', async () => {
    const { out } = await cli('keys', 'create', '--name', 'importer');
    const csv =
      'institution_name,city,state,program_name,degree_level,discipline,accreditation_status\nAuth Test College,Tulsa,OK,Health Informatics,master,health_informatics,accredited\n';
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { authorization: `Bearer ${out[0]}`, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(response.statusCode, response.body).toBe(200);
    const feed = await t.app.inject({ url: '/v1/admin/changes', headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    const programChanges = feed.json().data.filter((change: { program_id: string | null }) => change.program_id);
    expect(programChanges.map((change: { actor: string; op: string }) => [change.op, change.actor])).toEqual([
      ['created', 'importer'],
    ]);
  });

  it('leaves public routes open, whatever Authorization says', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-a-key' }]) {
      expect((await t.app.inject({ url: '/v1/changes', headers })).statusCode).toBe(200);
      expect((await t.app.inject({ url: '/v1/vocabularies', headers })).statusCode).toBe(200);
    }
  });
});
