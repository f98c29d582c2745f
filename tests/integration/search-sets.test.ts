import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/**
 * The match sets (search_sets) against what program_search says: after every kind of write, each
 * key's bitmap holds exactly the programs whose search row has that key, and no key is left empty.
 * The writes go through HTTP; the sets are compared in SQL, where the keys are defined.
 */
const ADMIN_KEY = 'test-admin-key-0123456789abcdef-sets';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ config: { ADMIN_API_KEY: ADMIN_KEY } });
});
afterAll(() => t?.close());

interface Drift {
  key: string;
  expected: number | null;
  actual: number | null;
}

/** Keys whose stored set differs from the programs that have them (or that exist on one side only). */
async function drift(): Promise<{ keys: number; drift: Drift[] }> {
  const rows = await queryRows<Drift & { keys: number }>(
    t.database.primary,
    sql`WITH empty AS MATERIALIZED (SELECT bits # bits AS bits FROM search_sets WHERE key = 'all'),
             expected AS (
               SELECT k.key, bit_or(set_bit(e.bits, s.ordinal, 1)) AS bits
                 FROM program_search s CROSS JOIN empty e CROSS JOIN LATERAL unnest(program_search_keys(s)) k(key)
                GROUP BY k.key)
        SELECT coalesce(e.key, a.key) AS key, bit_count(e.bits)::int AS expected, bit_count(a.bits)::int AS actual,
               (SELECT count(*)::int FROM search_sets) AS keys
          FROM expected e FULL JOIN search_sets a ON a.key = e.key
         WHERE e.bits IS DISTINCT FROM a.bits OR bit_count(a.bits) = 0`,
  );
  const [keys] = await queryRows<{ n: number }>(t.database.primary, sql`SELECT count(*)::int AS n FROM search_sets`);
  return { keys: keys?.n ?? 0, drift: rows.map(({ key, expected, actual }) => ({ key, expected, actual })) };
}

async function expectInStep() {
  const { keys, drift: wrong } = await drift();
  expect(keys).toBeGreaterThan(100);
  expect(wrong).toEqual([]);
  const [pending] = await queryRows<{ n: number }>(
    t.database.primary,
    sql`SELECT count(*)::int AS n FROM search_set_changes`,
  );
  expect(pending?.n).toBe(0);
}

const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method,
    url,
    headers: { ...auth, ...headers },
    ...(body === undefined ? {} : { payload: body as object }),
  });

describe('match sets', () => {
  it('hold every key of every sample program after the seed import', async () => {
    await expectInStep();
  });

  it('follow a new program, a merge patch, a status change, an institution renamed and moved, and a delete', async () => {
    const created = await send('POST', '/v1/programs', {
      cahiim_epc: 'SETS-1',
      name: 'Quantum Records Stewardship',
      credential: 'AAS',
      degree_level: 'associate',
      discipline: 'health_information_management',
      cip_code: '51.0707',
      delivery_mode: 'online',
      institution: { name: 'Zyxwv Lakes College', campus: null, city: 'Bemidji', state: 'MN', zip: '56601' },
      accreditation: { status: 'accredited', status_since: '2021-06-01' },
      internship: { required: true, formats: ['virtual'], placement_assistance: true },
      career_services: ['mentoring'],
      description: 'Stewardship of quantum records.',
    });
    expect(created.statusCode).toBe(201);
    const program = created.json();
    await expectInStep();

    const patched = await send(
      'PATCH',
      `/v1/programs/${program.id}`,
      { name: 'Quantum Archives Stewardship', delivery_mode: 'hybrid', career_services: ['exam_prep', 'mentoring'] },
      { 'content-type': 'application/merge-patch+json', 'if-match': created.headers.etag as string },
    );
    expect(patched.statusCode).toBe(200);
    await expectInStep();

    const action = await send('POST', `/v1/programs/${program.id}/accreditation-actions`, {
      action: 'placed_on_probation',
      date: '2026-01-15',
      status: 'probation',
    });
    expect(action.statusCode).toBe(201);
    await expectInStep();

    // Type-ahead finds an institution by a later word of its name, and follows a rename.
    const suggested = async (q: string) =>
      (await t.app.inject({ url: `/v1/suggest?q=${encodeURIComponent(q)}&limit=20` }))
        .json()
        .data.map((suggestion: { text: string }) => suggestion.text);
    expect(await suggested('lakes coll')).toContain('Zyxwv Lakes College');
    const institution = await t.app.inject({ url: `/v1/institutions/${program.institution.id}` });
    const moved = await send(
      'PATCH',
      `/v1/institutions/${program.institution.id}`,
      { name: 'Zyxwv Prairie College', city: 'Duluth', state: 'MN', zip: '55802' },
      { 'content-type': 'application/merge-patch+json', 'if-match': institution.headers.etag as string },
    );
    expect(moved.statusCode).toBe(200);
    await expectInStep();
    expect(await suggested('lakes coll')).not.toContain('Zyxwv Lakes College');
    expect(await suggested('prairie coll')).toContain('Zyxwv Prairie College');

    expect((await send('DELETE', `/v1/programs/${program.id}`)).statusCode).toBe(204);
    await expectInStep();
  });

  it('are untouched by an import that is rejected or only tried', async () => {
    const before = await drift();
    const row = {
      cahiim_epc: 'SETS-2',
      institution_name: 'Qwertz Plains College',
      city: 'Fargo',
      state: 'ND',
      program_name: 'Archival Informatics',
      credential: 'BS',
      degree_level: 'baccalaureate',
      discipline: 'health_informatics',
      accreditation_status: 'accredited',
    };
    const dry = await t.app.inject({
      method: 'POST',
      url: '/v1/imports?dry_run=true',
      headers: auth,
      payload: [row],
    });
    expect(dry.statusCode).toBe(200);
    const rejected = await t.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: auth,
      payload: [row, { ...row, cahiim_epc: 'SETS-3', state: 'XX' }],
    });
    expect(rejected.statusCode).toBe(422);
    const after = await drift();
    expect(after).toEqual(before);
    await expectInStep();

    const imported = await t.app.inject({ method: 'POST', url: '/v1/imports', headers: auth, payload: [row] });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().created).toBe(1);
    await expectInStep();
  });
});
