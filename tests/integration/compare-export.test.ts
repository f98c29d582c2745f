import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importColumns } from '../../src/schemas/import-row.js';
import type { Program } from '../../src/schemas/program.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';
import { walk } from '../helpers/walk.js';

/** GET /v1/programs/compare and GET /v1/programs/export against the sample data. */
const ADMIN_KEY = 'test-admin-key-0123456789abcdef-export';

let t: TestApp;
let all: Program[];
const ids = (programs: { id: string }[]) => programs.map((program) => program.id).sort();

beforeAll(async () => {
  t = await createTestApp({ config: { ADMIN_API_KEY: ADMIN_KEY } });
  all = (await walk<Program>(t.app, '/v1/programs?accreditation_status=any&limit=100')).items;
});
afterAll(() => t?.close());

describe('GET /v1/programs/compare', () => {
  it('answers the programs in the order asked, by id or slug, comma list or repeated', async () => {
    const [a, b, c, d, e] = all.slice(10, 15) as [Program, Program, Program, Program, Program];
    const { status, body } = await getJson(t.app, `/v1/programs/compare?ids=${c.id},${a.slug}&ids=${e.id},${b.slug}`);
    expect(status).toBe(200);
    expect(body.data.map((p: Program) => p.id)).toEqual([c.id, a.id, e.id, b.id]);
    expect(body.data[0]).toEqual(all.find((p) => p.id === c.id));
    const two = await getJson(t.app, `/v1/programs/compare?ids=${d.slug},${a.id}`);
    expect(two.body.data.map((p: Program) => p.id)).toEqual([d.id, a.id]);
  });

  it('compares programs of any accreditation status', async () => {
    const withdrawn = all.filter((p) => !['accredited', 'probation'].includes(p.accreditation.status)).slice(0, 2);
    expect(withdrawn.length).toBe(2);
    const { status, body } = await getJson(t.app, `/v1/programs/compare?ids=${withdrawn.map((p) => p.id).join(',')}`);
    expect(status).toBe(200);
    expect(ids(body.data)).toEqual(ids(withdrawn));
  });

  it('names every unknown program in a 404', async () => {
    const known = all[0] as Program;
    const { status, body } = await getJson(
      t.app,
      `/v1/programs/compare?ids=no-such-program,${known.id},00000000-0000-4000-8000-000000000000`,
    );
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
    const messages = body.errors.map((error: { name: string; message: string }) => `${error.name}: ${error.message}`);
    expect(messages).toEqual([
      'ids: no-such-program was not found',
      'ids: 00000000-0000-4000-8000-000000000000 was not found',
    ]);
  });

  it.each([
    ['', 'no ids'],
    ['ids=', 'an empty id'],
    ['ids=only-one', 'one id'],
    ['ids=a,b,c,d,e,f', 'six ids'],
    ['ids=a,b,a', 'a repeated id'],
    ['ids=a&ids=b&ids=A', 'a repeated id in another case'],
    ['ids=a,b&sort=name', 'an unknown parameter'],
    ['ids=a,b%00c', 'a NUL'],
  ])('refuses %s (%s) with a 400', async (query) => {
    const { status, body } = await getJson(t.app, `/v1/programs/compare?${query}`);
    expect(status).toBe(400);
    expect(body.code).toBe('invalid_parameter');
  });

  it('refuses the same program asked for by id and by slug', async () => {
    const program = all[3] as Program;
    const { status, body } = await getJson(t.app, `/v1/programs/compare?ids=${program.id},${program.slug}`);
    expect(status).toBe(400);
    expect(body.errors[0].name).toBe('ids');
  });
});

describe('GET /v1/programs/export', () => {
  const exported = async (query: string) => {
    const response = await t.app.inject({ url: `/v1/programs/export?${query}` });
    expect(response.statusCode).toBe(200);
    return response;
  };

  it.each([
    '',
    'accreditation_status=any',
    'state=TX,CA&degree_level=associate',
    'q=health%20informatics',
    'near=60601&radius_mi=500&placement_assistance=true',
  ])('?%s: CSV has the import columns and one row per match', async (filters) => {
    const response = await exported(`format=csv&${filters}`);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="programs-[\d-]+\.csv"$/);
    const rows = parse(response.body, { columns: false }) as string[][];
    expect(rows[0]).toEqual([...importColumns]);
    const listed = await walk<Program>(t.app, `/v1/programs?${filters}&limit=100`);
    expect(listed.total).toBeGreaterThan(0);
    expect(rows.length - 1).toBe(listed.total);
    const epcs = rows.slice(1).map((row) => row[0]);
    expect(epcs.sort()).toEqual(listed.items.map((p) => p.cahiim_epc).sort());
  });

  it('NDJSON has one full program record per line, every match once', async () => {
    const response = await exported('format=ndjson&accreditation_status=any');
    expect(response.headers['content-type']).toBe('application/x-ndjson');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="programs-[\d-]+\.ndjson"$/);
    const lines = response.body.split('\n');
    expect(lines.at(-1)).toBe('');
    const programs = lines.slice(0, -1).map((line) => JSON.parse(line) as Program);
    expect(programs.length).toBe(all.length);
    expect(ids(programs)).toEqual(ids(all));
    const sample = programs.find((p) => p.id === all[5]?.id);
    expect(sample).toEqual(all[5]);
  });

  it('imports back unchanged', async () => {
    const csv = (await exported('format=csv&accreditation_status=any')).body;
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/imports?dry_run=false',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ rows: all.length, created: 0, updated: 0, unchanged: all.length });
    expect((await exported('format=csv&accreditation_status=any')).body).toBe(csv);
  });

  it.each([
    ['', 'format'],
    ['format=xml', 'format'],
    ['format=csv&near=99999', 'near'],
    ['format=csv&limit=5', 'limit'],
  ])('?%s is a 400 problem naming %s, not a broken stream', async (query, name) => {
    const response = await t.app.inject({ url: `/v1/programs/export?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((error: { name: string }) => error.name)).toContain(name);
  });
});
