import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Program } from '../../src/schemas/program.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';
import { walk } from '../helpers/walk.js';

let t: TestApp;
let all: Program[];

beforeAll(async () => {
  t = await createTestApp();
  all = (await walk<Program>(t.app, '/v1/programs?accreditation_status=any&limit=100')).items;
});
afterAll(() => t?.close());

describe('GET /v1/programs/{id_or_slug}', () => {
  it('answers the same record by id and by slug, with its history newest first', async () => {
    const program = all.find((p) => p.accreditation.status === 'accredited') as Program;
    const byId = await getJson(t.app, `/v1/programs/${program.id}`);
    const bySlug = await getJson(t.app, `/v1/programs/${program.slug}`);
    expect(byId.status).toBe(200);
    expect(bySlug.body).toEqual(byId.body);
    const { history, ...accreditation } = byId.body.accreditation;
    const { outcome_history: _outcomeHistory, ...record } = byId.body;
    expect({ ...record, accreditation }).toEqual(program);
    expect(history.length).toBeGreaterThan(0);
    const dates = history.map((action: { date: string }) => action.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('answers programs of any accreditation status', async () => {
    const withdrawn = all.find(
      (p) => p.accreditation.status !== 'accredited' && p.accreditation.status !== 'probation',
    );
    expect(withdrawn).toBeDefined();
    const { status, body } = await getJson(t.app, `/v1/programs/${withdrawn?.id}`);
    expect(status).toBe(200);
    expect(body.accreditation.status).toBe(withdrawn?.accreditation.status);
  });

  it('labels statuses in CAHIIM wording', () => {
    const labels = new Map(all.map((p) => [p.accreditation.status, p.accreditation.status_label]));
    expect(labels.get('accredited')).toBe('Accredited');
    if (labels.has('administrative_probation')) {
      expect(labels.get('administrative_probation')).toBe('Administrative Probationary Accreditation');
    }
  });

  it('gives unknown attributes as null or [], never invented', () => {
    for (const program of all) {
      expect(Array.isArray(program.career_services)).toBe(true);
      expect(Array.isArray(program.internship.formats)).toBe(true);
      expect(program.source).toBe('sample');
    }
    expect(all.some((p) => p.tuition.in_state_usd === null)).toBe(true);
  });

  it('is a 404 problem for an unknown id or slug', async () => {
    for (const key of ['00000000-0000-4000-8000-000000000000', 'no-such-program']) {
      const response = await t.app.inject({ url: `/v1/programs/${key}` });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 404, code: 'not_found' });
    }
  });

  it('has an ETag that answers 304 to If-None-Match', async () => {
    const program = all[0] as Program;
    const first = await t.app.inject({ url: `/v1/programs/${program.id}` });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.inject({ url: `/v1/programs/${program.id}`, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});

describe('institutions', () => {
  it('lists institutions with program counts and pages through all of them', async () => {
    const { items, total } = await walk(t.app, '/v1/institutions?limit=50');
    expect(items).toHaveLength(total);
    expect(new Set(items.map((i: { id: string }) => i.id)).size).toBe(total);
    const counted = items.reduce((sum: number, i: { program_count: number }) => sum + i.program_count, 0);
    expect(counted).toBe(all.length);
  });

  it('filters by state and finds by name', async () => {
    const { items } = await walk(t.app, '/v1/institutions?state=fl&limit=100');
    expect(items.length).toBeGreaterThan(0);
    for (const institution of items) expect(institution.state).toBe('FL');
    const name = (items[0] as { name: string }).name;
    const found = await getJson(t.app, `/v1/institutions?q=${encodeURIComponent(name)}`);
    expect(found.body.data.map((i: { name: string }) => i.name)).toContain(name);
  });

  it('answers one institution with its programs', async () => {
    const program = all[0] as Program;
    const { status, body } = await getJson(t.app, `/v1/institutions/${program.institution.slug}`);
    expect(status).toBe(200);
    expect(body.id).toBe(program.institution.id);
    expect(body.programs.map((p: { id: string }) => p.id)).toContain(program.id);
    expect(body.programs[0]).toHaveProperty('accreditation.status');
    expect((await t.app.inject({ url: '/v1/institutions/nowhere' })).statusCode).toBe(404);
  });

  it('rejects unknown parameters', async () => {
    const { status, body } = await getJson(t.app, '/v1/institutions?name=x');
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ in: 'query', name: 'name', message: 'is not a known parameter' }]);
  });
});
