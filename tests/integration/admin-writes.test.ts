import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-writes';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };

let t: TestApp;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createTestApp({ seed: false, config: { ADMIN_API_KEY: ADMIN_KEY } });
  app = t.app;
});
afterAll(() => t?.close());

/** A complete program body; `tag` keeps each test's programs and institutions apart. */
function programBody(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    cahiim_epc: `W-${tag}`,
    name: `Health Information Technology ${tag}`,
    credential: 'AAS',
    degree_level: 'associate',
    discipline: 'health_information_management',
    cip_code: '51.0707',
    delivery_mode: 'hybrid',
    institution: {
      name: `${tag} State College`,
      campus: 'Dale Mabry Campus',
      city: 'Tampa',
      state: 'FL',
      zip: '33614',
      location: { lat: 28.0089, lon: -82.5064 },
      website: 'https://harbor.example.edu',
      control: 'public',
    },
    accreditation: {
      status: 'accredited',
      status_since: '2021-06-01',
      initial_accreditation_date: '2009-03-15',
      next_review_year: 2031,
    },
    internship: { required: true, min_hours: 120, formats: ['virtual', 'onsite'], placement_assistance: true },
    career_services: ['exam_prep', 'job_placement'],
    outcomes: [
      { metric: 'graduation_rate', value: 71.5, cohort_year: 2024, exam: null },
      { metric: 'graduation_rate', value: 65, cohort_year: 2023, exam: null },
      { metric: 'certification_pass_rate', value: 82, cohort_year: 2024, exam: 'RHIT' },
    ],
    tuition: { in_state_usd: 4200, out_of_state_usd: 9800 },
    credit_hours: 64,
    duration_months: 24,
    urls: { program: 'https://harbor.example.edu/hit', outcomes: null },
    contact: { name: 'Jamie Doe', email: 'jamie@harbor.example.edu', phone: '(555) 010-1234' },
    description: 'Prepares health information technicians.',
    ...overrides,
  };
}

async function create(tag: string, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/programs',
    headers: auth,
    payload: programBody(tag, overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return {
    body: response.json(),
    etag: response.headers.etag as string,
    location: response.headers.location as string,
  };
}

function patch(id: string, body: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'PATCH',
    url: `/v1/programs/${id}`,
    headers: { ...auth, 'content-type': 'application/merge-patch+json', ...headers },
    payload: JSON.stringify(body),
  });
}

async function lastSeq(): Promise<number> {
  const [row] = await queryRows<{ seq: string }>(
    t.database.primary,
    sql`SELECT coalesce(max(seq), 0)::text AS seq FROM changes`,
  );
  return Number(row?.seq);
}

async function adminFeed(since: number) {
  const response = await app.inject({ url: `/v1/admin/changes?since=${since}&limit=1000`, headers: auth });
  expect(response.statusCode).toBe(200);
  return response.json().data as { op: string; program_id: string; actor: string }[];
}

describe('POST /v1/programs', () => {
  it('creates a program: 201 with Location and ETag, the record as GET answers it', async () => {
    const { body, etag, location } = await create('Create');
    expect(location).toBe(`/v1/programs/${body.id}`);
    expect(body).toMatchObject({
      slug: 'create-state-college-health-information-technology-create-aas-tampa-fl',
      cahiim_epc: 'W-Create',
      source: 'manual',
      institution: {
        name: 'Create State College',
        campus: 'Dale Mabry Campus',
        state: 'FL',
        location: { lat: 28.0089 },
      },
      accreditation: { status: 'accredited', status_label: 'Accredited', history: [] },
      // Lists in vocabulary order; outcomes show the latest cohort of each metric.
      internship: { formats: ['onsite', 'virtual'] },
      career_services: ['job_placement', 'exam_prep'],
      outcomes: [
        { metric: 'certification_pass_rate', value: 82, cohort_year: 2024, exam: 'RHIT' },
        { metric: 'graduation_rate', value: 71.5, cohort_year: 2024, exam: null },
      ],
    });
    const read = await t.app.inject({ url: location });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(body);
    expect(read.headers.etag).toBe(etag);
    // Filters read the denormalised latest rates.
    const listed = await getJson(app, '/v1/programs?min_graduation_rate=71&min_pass_rate=82&q=Create');
    expect(listed.body.data.map((program: { id: string }) => program.id)).toContain(body.id);
  });

  it('matches an inline institution by name, campus, city and state, or takes institution_id', async () => {
    const first = await create('Shared');
    const second = await create('Shared', {
      cahiim_epc: 'W-Shared-2',
      name: 'Health Informatics',
      degree_level: 'master',
      discipline: 'health_informatics',
    });
    expect(second.body.institution.id).toBe(first.body.institution.id);
    const byId = await create('ById', {
      institution: undefined,
      institution_id: first.body.institution.id,
      cahiim_epc: 'W-ById',
    });
    expect(byId.body.institution.id).toBe(first.body.institution.id);
    const institution = await getJson(app, `/v1/institutions/${first.body.institution.id}`);
    expect(institution.body.programs).toHaveLength(3);
  });

  it('names every invalid, unknown and server-owned field in one 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/programs',
      headers: auth,
      payload: programBody('Invalid', {
        id: '0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10',
        slug: 'mine',
        name: '',
        degree_level: 'doctorate',
        colour: 'blue',
        accreditation: { status: 'accredited', status_label: 'Accredited' },
        internship: { formats: ['remote'] },
        urls: { program: 'javascript:alert(1)', outcomes: null },
        tuition: { in_state_usd: -1, out_of_state_usd: 1.5 },
        outcomes: [{ metric: 'graduation_rate', value: 101, cohort_year: 2024 }],
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const problem = response.json();
    expect(problem.code).toBe('invalid_body');
    const named = Object.fromEntries(
      problem.errors.map((item: { name: string; message: string }) => [item.name, item.message]),
    );
    expect(named).toEqual({
      id: 'is set by the service and cannot be written',
      slug: 'is set by the service and cannot be written',
      colour: 'is not a known field',
      'accreditation.status_label': 'is set by the service and cannot be written',
      name: 'must not be empty',
      degree_level: 'must be one of: associate, baccalaureate, master, certificate',
      'internship.formats.0': 'must be one of: onsite, virtual, hybrid',
      'urls.program': 'must be an http:// or https:// URL',
      'tuition.in_state_usd': 'must be a whole number from 0 to 1000000',
      'tuition.out_of_state_usd': 'must be a whole number from 0 to 1000000',
      'outcomes.0.value': 'must be a number from 0 to 100',
    });
    expect(problem.errors.every((item: { in: string }) => item.in === 'body')).toBe(true);
  });

  it('refuses a second program with the same EPC or the same name at the same campus (409)', async () => {
    const { body } = await create('Twice');
    const sameEpc = await app.inject({
      method: 'POST',
      url: '/v1/programs',
      headers: auth,
      payload: programBody('Other', { cahiim_epc: 'W-Twice' }),
    });
    expect(sameEpc.statusCode).toBe(409);
    expect(sameEpc.json().errors).toEqual([
      { in: 'body', name: 'cahiim_epc', message: `is already the EPC of program ${body.id}` },
    ]);
    const sameName = await app.inject({
      method: 'POST',
      url: '/v1/programs',
      headers: auth,
      payload: programBody('Twice', { cahiim_epc: null }),
    });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json().errors[0].name).toBe('name');
  });

  it('answers 400 for an unknown institution_id and 415 for a body that is not JSON', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/programs',
      headers: auth,
      payload: programBody('NoInst', {
        institution: undefined,
        institution_id: '0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10',
      }),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { in: 'body', name: 'institution_id', message: 'is not the id of a known institution' },
    ]);
    const text = await app.inject({
      method: 'POST',
      url: '/v1/programs',
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

describe('PATCH /v1/programs/{id}', () => {
  it('needs If-Match (428), refuses a stale one (412) and answers the new record and ETag', async () => {
    const { body, etag } = await create('Patch');
    const without = await patch(body.id, { credential: 'AS' });
    expect(without.statusCode).toBe(428);
    expect(without.json().errors).toEqual([{ in: 'header', name: 'if-match', message: 'is required' }]);

    const changed = await patch(body.id, { credential: 'AS', internship: { min_hours: 160 } }, { 'if-match': etag });
    expect(changed.statusCode, changed.body).toBe(200);
    const next = changed.json();
    expect(next.credential).toBe('AS');
    // A merge patch: the other internship fields stay.
    expect(next.internship).toEqual({
      required: true,
      min_hours: 160,
      formats: ['onsite', 'virtual'],
      placement_assistance: true,
    });
    expect(changed.headers.etag).not.toBe(etag);
    expect((await t.app.inject({ url: `/v1/programs/${body.id}` })).headers.etag).toBe(changed.headers.etag);

    const stale = await patch(body.id, { credential: 'BS' }, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    expect((await getJson(app, `/v1/programs/${body.id}`)).body.credential).toBe('AS');
  });

  it('removes values with null, validates the merged document and accepts application/json', async () => {
    const { body, etag } = await create('Nulls');
    const cleared = await patch(
      body.id,
      { credential: null, urls: { program: null }, career_services: null },
      { 'if-match': etag },
    );
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({
      credential: null,
      urls: { program: null, outcomes: null },
      career_services: [],
    });

    const invalid = await patch(
      body.id,
      { name: null, accreditation: { status: 'suspended' }, slug: 'x' },
      { 'if-match': cleared.headers.etag as string },
    );
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .errors.map((item: { name: string }) => item.name)
        .sort(),
    ).toEqual(['accreditation.status', 'name', 'slug']);

    const asJson = await app.inject({
      method: 'PATCH',
      url: `/v1/programs/${body.slug}`,
      headers: { ...auth, 'if-match': cleared.headers.etag as string },
      payload: { duration_months: 30 },
    });
    expect(asJson.statusCode).toBe(200);
    expect(asJson.json().duration_months).toBe(30);
    const array = await patch(body.id, [{ op: 'replace' }], { 'if-match': asJson.headers.etag as string });
    expect(array.statusCode).toBe(400);
    const plain = await app.inject({
      method: 'PATCH',
      url: `/v1/programs/${body.id}`,
      headers: { ...auth, 'if-match': asJson.headers.etag as string, 'content-type': 'text/plain' },
      payload: 'duration_months=30',
    });
    expect(plain.statusCode).toBe(415);
  });

  it('lets exactly one of two concurrent PATCHes with the same If-Match win', async () => {
    const { body, etag } = await create('Race');
    const before = await lastSeq();
    const [a, b] = await Promise.all([
      patch(body.id, { credential: 'AAS-A' }, { 'if-match': etag }),
      patch(body.id, { credential: 'AAS-B' }, { 'if-match': etag }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const winner = a.statusCode === 200 ? a : b;
    const stored = await t.app.inject({ url: `/v1/programs/${body.id}` });
    expect(stored.json().credential).toBe(winner.json().credential);
    expect(stored.headers.etag).toBe(winner.headers.etag);
    expect(await adminFeed(before)).toEqual([expect.objectContaining({ op: 'updated', program_id: body.id })]);
  });

  it('keeps the ETag and records nothing when the patch changes nothing', async () => {
    const { body, etag } = await create('Same');
    const before = await lastSeq();
    const same = await patch(
      body.id,
      { credential: 'AAS', internship: { formats: ['virtual', 'onsite'] } },
      { 'if-match': etag },
    );
    expect(same.statusCode).toBe(200);
    expect(same.headers.etag).toBe(etag);
    expect(await adminFeed(before)).toEqual([]);
  });

  it('changes no other program’s ETag, and replaces outcomes only when given', async () => {
    const one = await create('EtagOne');
    const two = await create('EtagTwo');
    const changed = await patch(
      one.body.id,
      { outcomes: [{ metric: 'employment_rate', value: 90, cohort_year: 2025 }] },
      { 'if-match': one.etag },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().outcomes).toEqual([{ metric: 'employment_rate', value: 90, cohort_year: 2025, exam: null }]);
    expect((await t.app.inject({ url: `/v1/programs/${two.body.id}` })).headers.etag).toBe(two.etag);
    const listed = await getJson(app, '/v1/programs?min_employment_rate=90&q=EtagOne');
    expect(listed.body.data.map((program: { id: string }) => program.id)).toEqual([one.body.id]);
    const graduation = await getJson(app, '/v1/programs?min_graduation_rate=0&q=EtagOne');
    expect(graduation.body.data).toEqual([]);
  });

  it('updates the institution a patch names inline, and counts that as a change of the program', async () => {
    const { body, etag } = await create('Inline');
    const before = await lastSeq();
    const { name, campus, city, state } = body.institution;
    const response = await patch(
      body.id,
      { institution: { name, campus, city, state, website: 'https://inline.example.edu' } },
      { 'if-match': etag },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().institution).toMatchObject({
      id: body.institution.id,
      website: 'https://inline.example.edu',
    });
    expect(response.headers.etag).not.toBe(etag);
    expect(await adminFeed(before)).toEqual([expect.objectContaining({ op: 'updated', program_id: body.id })]);
    // Moving the program: another campus, created on the way.
    const moved = await patch(
      body.id,
      { institution: { name, campus: 'North Campus', city, state } },
      { 'if-match': response.headers.etag as string },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    // The new campus is made from the merged institution: what the patch did not change is kept.
    expect(moved.json().institution).toMatchObject({
      campus: 'North Campus',
      website: 'https://inline.example.edu',
      zip: body.institution.zip,
      location: body.institution.location,
    });
    expect(moved.json().institution.id).not.toBe(body.institution.id);
  });

  it('merges a patch of the institution onto the current one: one field changed, nothing lost', async () => {
    const { body, etag } = await create('CityOnly');
    const response = await patch(body.id, { institution: { city: 'Dallas' } }, { 'if-match': etag });
    expect(response.statusCode, response.body).toBe(200);
    const { id: _id, slug: _slug, ...kept } = body.institution;
    expect(response.json().institution).toMatchObject({ ...kept, city: 'Dallas' });
    // Still found by distance with the coordinates it had.
    const near = await getJson(
      app,
      `/v1/programs?near=${kept.location.lat},${kept.location.lon}&radius_mi=1&fields=id`,
    );
    expect(near.body.data.map((item: { id: string }) => item.id)).toContain(body.id);

    // The full identity with one attribute changed: the same campus, updated in place, the rest kept.
    const { name, campus, city, state } = response.json().institution;
    const again = await patch(
      body.id,
      { institution: { name, campus, city, state, control: 'private_nonprofit' } },
      { 'if-match': response.headers.etag as string },
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().institution).toEqual({ ...response.json().institution, control: 'private_nonprofit' });
  });

  it('refuses an institution object together with institution_id, naming it', async () => {
    const { body, etag } = await create('Both');
    const response = await patch(
      body.id,
      { institution_id: body.institution.id, institution: { city: 'Dallas' } },
      { 'if-match': etag },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { in: 'body', name: 'institution', message: 'must not be given together with institution_id' },
    ]);
  });

  it('answers 404 for an unknown program', async () => {
    const response = await patch('0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10', { credential: 'x' }, { 'if-match': '"x"' });
    expect(response.statusCode).toBe(404);
  });
});

describe('accreditation actions', () => {
  it('appends to the history and, with status, moves the status as of the action date', async () => {
    const { body, etag } = await create('Action');
    const before = await lastSeq();
    const response = await app.inject({
      method: 'POST',
      url: `/v1/programs/${body.id}/accreditation-actions`,
      headers: auth,
      payload: {
        action: 'placed_on_probation',
        date: '2026-03-01',
        note: 'Outcomes below threshold',
        status: 'probation',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.location).toBe(`/v1/programs/${body.id}`);
    expect(response.headers.etag).not.toBe(etag);
    expect(response.json().accreditation).toMatchObject({
      status: 'probation',
      status_label: 'Probationary Accreditation',
      status_since: '2026-03-01',
      history: [{ action: 'placed_on_probation', date: '2026-03-01', note: 'Outcomes below threshold' }],
    });

    const note = await app.inject({
      method: 'POST',
      url: `/v1/programs/${body.id}/accreditation-actions`,
      headers: { ...auth, 'if-match': response.headers.etag as string },
      payload: { action: 'progress_report_required', date: '2026-04-01' },
    });
    expect(note.statusCode).toBe(201);
    expect(note.json().accreditation).toMatchObject({ status: 'probation', status_since: '2026-03-01' });
    expect(note.json().accreditation.history.map((item: { action: string }) => item.action)).toEqual([
      'progress_report_required',
      'placed_on_probation',
    ]);
    expect((await adminFeed(before)).map((change) => change.op)).toEqual(['updated', 'updated']);

    const stale = await app.inject({
      method: 'POST',
      url: `/v1/programs/${body.id}/accreditation-actions`,
      headers: { ...auth, 'if-match': etag },
      payload: { action: 'probation_removed', date: '2026-05-01', status: 'accredited' },
    });
    expect(stale.statusCode).toBe(412);
    const invalid = await app.inject({
      method: 'POST',
      url: `/v1/programs/${body.id}/accreditation-actions`,
      headers: auth,
      payload: { action: 'promoted', date: '2026-02-30', status: 'accredited' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((item: { name: string }) => item.name)).toEqual(['action', 'date']);
    const after = await getJson(app, `/v1/programs/${body.id}`);
    expect(after.body.accreditation.status).toBe('probation');
    expect(after.body.accreditation.history).toHaveLength(2);
  });
});

describe('DELETE /v1/programs/{id}', () => {
  it('deletes (204), records it in the change feed and honours a stale If-Match with 412', async () => {
    const { body, etag } = await create('Delete');
    const changed = await patch(body.id, { credential: 'AS' }, { 'if-match': etag });
    const stale = await app.inject({
      method: 'DELETE',
      url: `/v1/programs/${body.id}`,
      headers: { ...auth, 'if-match': etag },
    });
    expect(stale.statusCode).toBe(412);
    const before = await lastSeq();
    const deleted = await app.inject({
      method: 'DELETE',
      url: `/v1/programs/${body.id}`,
      headers: { ...auth, 'if-match': changed.headers.etag as string },
    });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await t.app.inject({ url: `/v1/programs/${body.id}` })).statusCode).toBe(404);
    expect(await adminFeed(before)).toEqual([
      expect.objectContaining({ op: 'deleted', program_id: body.id, actor: 'admin' }),
    ]);
    const again = await app.inject({ method: 'DELETE', url: `/v1/programs/${body.id}`, headers: auth });
    expect(again.statusCode).toBe(404);
  });
});

describe('institutions', () => {
  const institution = (tag: string) => ({
    name: `${tag} Institute`,
    campus: null,
    city: 'Tulsa',
    state: 'OK',
    zip: '74104',
  });

  it('creates (201, Location, ETag), refuses a duplicate (409), patches with If-Match, deletes when empty', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/v1/institutions',
      headers: auth,
      payload: institution('Inst'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    expect(created.headers.location).toBe(`/v1/institutions/${id}`);
    expect(created.json()).toMatchObject({
      slug: 'inst-institute-tulsa-ok',
      programs: [],
      location: null,
      website: null,
    });
    const duplicate = await app.inject({
      method: 'POST',
      url: '/v1/institutions',
      headers: auth,
      payload: institution('Inst'),
    });
    expect(duplicate.statusCode).toBe(409);

    const url = `/v1/institutions/${id}`;
    // A client that reads the institution gets the ETag that If-Match is checked against.
    expect((await app.inject({ url })).headers.etag).toBe(created.headers.etag);
    const patchInstitution = (body: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'PATCH',
        url,
        headers: { ...auth, 'content-type': 'application/merge-patch+json', ...headers },
        payload: JSON.stringify(body),
      });
    expect((await patchInstitution({ website: 'https://inst.example.edu' })).statusCode).toBe(428);
    const patched = await patchInstitution(
      { website: 'https://inst.example.edu' },
      { 'if-match': created.headers.etag as string },
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().website).toBe('https://inst.example.edu');
    expect((await patchInstitution({ zip: null }, { 'if-match': created.headers.etag as string })).statusCode).toBe(
      412,
    );
    const bad = await patchInstitution({ state: 'XX', id: 'x' }, { 'if-match': patched.headers.etag as string });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((item: { name: string }) => item.name)
        .sort(),
    ).toEqual(['id', 'state']);

    const deleted = await app.inject({ method: 'DELETE', url, headers: auth });
    expect(deleted.statusCode).toBe(204);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
  });

  it('refuses to delete an institution with programs (409)', async () => {
    const { body } = await create('Keep');
    const response = await app.inject({
      method: 'DELETE',
      url: `/v1/institutions/${body.institution.id}`,
      headers: auth,
    });
    expect(response.statusCode).toBe(409);
    expect((await getJson(app, `/v1/programs/${body.id}`)).status).toBe(200);
  });

  it('carries an institution change to its programs: their ETags, search text and the change feed', async () => {
    const one = await create('Rename');
    const two = await create('Rename', {
      cahiim_epc: 'W-Rename-2',
      name: 'Health Informatics',
      degree_level: 'master',
      discipline: 'health_informatics',
    });
    const other = await create('Bystander');
    const institutionId = one.body.institution.id;
    // The ETag of an institution is as POST and PATCH answer it; get one with a no-op patch.
    const current = await app.inject({
      method: 'PATCH',
      url: `/v1/institutions/${institutionId}`,
      headers: { ...auth, 'if-match': '*' },
      payload: {},
    });
    expect(current.statusCode).toBe(200);
    const before = await lastSeq();
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/v1/institutions/${institutionId}`,
      headers: { ...auth, 'if-match': current.headers.etag as string },
      payload: { name: 'Zanzibar Polytechnic', campus: null },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      name: 'Zanzibar Polytechnic',
      campus: null,
      slug: one.body.institution.slug,
    });
    expect(renamed.headers.etag).not.toBe(current.headers.etag);
    expect((await t.app.inject({ url: `/v1/programs/${one.body.id}` })).headers.etag).not.toBe(one.etag);
    expect((await t.app.inject({ url: `/v1/programs/${other.body.id}` })).headers.etag).toBe(other.etag);
    expect((await adminFeed(before)).map((change) => change.program_id).sort()).toEqual(
      [one.body.id, two.body.id].sort(),
    );
    const found = await getJson(app, '/v1/programs?q=zanzibar');
    expect(found.body.data.map((program: { id: string }) => program.id).sort()).toEqual(
      [one.body.id, two.body.id].sort(),
    );
  });
});

describe('admin answers', () => {
  it('are never cached and record the actor', async () => {
    const before = await lastSeq();
    const { body } = await create('Audit');
    const created = await app.inject({
      method: 'POST',
      url: '/v1/programs',
      headers: auth,
      payload: programBody('Audit2'),
    });
    expect(created.headers['cache-control']).toBe('no-store');
    const feed = await app.inject({ url: `/v1/admin/changes?since=${before}&program_id=${body.id}`, headers: auth });
    expect(feed.headers['cache-control']).toBe('no-store');
    expect(feed.json().data).toEqual([
      {
        seq: expect.any(Number),
        op: 'created',
        program_id: body.id,
        institution_id: null,
        soc_code: null,
        at: expect.stringMatching(/Z$/),
        actor: 'admin',
      },
    ]);
  });
});
