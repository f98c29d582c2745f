import assert from 'node:assert/strict';
import createClient from 'openapi-fetch';
import { importCsv, importRow, newProgram, type Target, withoutVersion } from '../shared.js';
import type { paths } from './schema.js';

/** The media types this site reads: JSON answers and problem documents (not a program's JSON-LD). */
type JsonMedia = 'application/json' | 'application/problem+json';

/**
 * An admissions site on openapi-typescript + openapi-fetch: what its search page, program pages and
 * back office do. Type-checked under strict, and run against a live service.
 */
export async function run({ baseUrl, apiKey }: Target): Promise<void> {
  // JSON answers only: a program is also answered as JSON-LD (Accept: application/ld+json), which this site does not ask for.
  const api = createClient<paths, JsonMedia>({ baseUrl });
  const admin = { authorization: `Bearer ${apiKey}` };

  // The search page: filters, a sort, and every page of the answer by its cursor.
  const seen: string[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const { data, error } = await api.GET('/v1/programs', {
      params: {
        query: { state: ['FL', 'TX'], degree_level: ['associate', 'baccalaureate'], sort: 'name', limit: 7, cursor },
      },
    });
    if (error) throw new Error(`list: ${error.detail}`);
    // Asked without `fields`: whole programs (a ProgramList, not a ProgramFieldsList).
    assert.ok(!('fields' in data), 'whole programs');
    total = data.meta.total;
    assert.equal(data.meta.sort, 'name');
    for (const program of data.data) {
      assert.ok(['FL', 'TX'].includes(program.institution.state), program.name);
      seen.push(program.id);
    }
    cursor = data.meta.next_cursor ?? undefined;
  } while (cursor);
  assert.ok(total > 7, 'more than one page');
  assert.equal(seen.length, total);
  assert.equal(new Set(seen).size, total);

  // Free text near a ZIP code: each result says how far it is and how well it matches.
  const nearby = await api.GET('/v1/programs', {
    params: { query: { q: 'health information', near: '33612', radius_mi: 200, sort: 'distance', limit: 20 } },
  });
  if (nearby.error) throw new Error(`near: ${nearby.error.detail}`);
  assert.ok(!('fields' in nearby.data), 'whole programs');
  const distances = nearby.data.data.map((program) => program.distance_mi ?? Number.NaN);
  assert.ok(distances.length > 0);
  assert.deepEqual(
    distances,
    [...distances].sort((a, b) => a - b),
  );
  assert.ok(distances.every((miles) => miles <= 200));
  assert.ok(nearby.data.data.every((program) => typeof program.score === 'number'));

  // A compact list: only the fields a card needs. The answer is a ProgramFieldsList, whose items are
  // typed with only `id` certain; what `fields` asked for is read through that narrowed type.
  const compact = await api.GET('/v1/programs', { params: { query: { state: ['FL'], fields: ['slug', 'name'] } } });
  if (compact.error) throw new Error(`fields: ${compact.error.detail}`);
  assert.ok('fields' in compact.data, 'a narrowed answer');
  assert.deepEqual(compact.data.fields, ['id', 'slug', 'name']);
  for (const item of compact.data.data) {
    const name: string | undefined = item.name;
    assert.equal(typeof name, 'string');
    assert.deepEqual(Object.keys(item).sort(), ['id', 'name', 'slug']);
    // @ts-expect-error a narrowed item may lack its institution: reading it unchecked does not compile
    const unchecked = () => item.institution.city;
    assert.equal(typeof unchecked, 'function');
    assert.equal(item.institution, undefined);
  }

  // The filter sidebar: facet counts that agree with the list.
  const facets = await api.GET('/v1/programs/facets', { params: { query: { state: ['FL'] } } });
  const floridaList = await api.GET('/v1/programs', { params: { query: { state: ['FL'], limit: 1 } } });
  if (facets.error || floridaList.error) throw new Error('facets');
  assert.ok(!('fields' in floridaList.data), 'whole programs');
  assert.equal(facets.data.total, floridaList.data.meta.total);
  const byLevel = Object.values(facets.data.facets.degree_level).reduce((sum, count) => sum + count, 0);
  assert.equal(byLevel, facets.data.total);

  // A program page by its slug, then the same page again, conditionally: 304 and no body.
  const [first, second] = await listTwo(api);
  assert.ok(first && second);
  const page = await api.GET('/v1/programs/{id_or_slug}', { params: { path: { id_or_slug: first.slug } } });
  if (page.error) throw new Error(`detail: ${page.error.detail}`);
  assert.equal(page.data.id, first.id);
  const history = page.data.accreditation.history.map((action) => action.action);
  assert.ok(Array.isArray(history));
  const etag = page.response.headers.get('etag');
  assert.ok(etag);
  const again = await api.GET('/v1/programs/{id_or_slug}', {
    params: { path: { id_or_slug: first.slug }, header: { 'if-none-match': etag } },
  });
  assert.equal(again.response.status, 304);
  assert.equal(again.data, undefined);

  // Side by side, in the order asked.
  const compared = await api.GET('/v1/programs/compare', { params: { query: { ids: [second.slug, first.id] } } });
  if (compared.error) throw new Error(`compare: ${compared.error.detail}`);
  assert.deepEqual(
    compared.data.data.map((program) => program.id),
    [second.id, first.id],
  );

  // Type-ahead: each kind of suggestion narrowed by its type.
  const suggestions = await api.GET('/v1/suggest', { params: { query: { q: 'tampa', limit: 10 } } });
  if (suggestions.error) throw new Error(`suggest: ${suggestions.error.detail}`);
  for (const suggestion of suggestions.data.data) {
    if (suggestion.type === 'city') {
      const state: string = suggestion.state;
      assert.equal(suggestion.id, null);
      assert.match(state, /^[A-Z]{2}$/);
    } else {
      const id: string = suggestion.id;
      assert.match(id, /^[0-9a-f-]{36}$/);
    }
  }

  // The back office: create, change one field, delete.
  const created = await api.POST('/v1/programs', { body: newProgram('openapi-fetch'), headers: admin });
  if (created.error) throw new Error(`create: ${created.error.detail}`);
  assert.equal(created.response.status, 201);
  assert.equal(created.response.headers.get('location'), `/v1/programs/${created.data.id}`);
  const createdEtag = created.response.headers.get('etag');
  assert.ok(createdEtag);

  const patched = await api.PATCH('/v1/programs/{id_or_slug}', {
    params: { path: { id_or_slug: created.data.id }, header: { 'if-match': createdEtag } },
    body: { tuition: { in_state_usd: 4400 } },
    headers: { ...admin, 'content-type': 'application/merge-patch+json' },
  });
  if (patched.error) throw new Error(`patch: ${patched.error.detail}`);
  assert.equal(patched.data.tuition.in_state_usd, 4400);
  // Every other field is as it was: the patch named one.
  const expected = withoutVersion(created.data);
  expected.tuition = { ...expected.tuition, in_state_usd: 4400 };
  assert.deepEqual(withoutVersion(patched.data), expected);
  assert.notEqual(patched.response.headers.get('etag'), createdEtag);

  const stale = await api.PATCH('/v1/programs/{id_or_slug}', {
    params: { path: { id_or_slug: created.data.id }, header: { 'if-match': createdEtag } },
    body: { credit_hours: 60 },
    headers: { ...admin, 'content-type': 'application/merge-patch+json' },
  });
  assert.equal(stale.response.status, 412);
  assert.equal(stale.error?.code, 'precondition_failed');

  const deleted = await api.DELETE('/v1/programs/{id_or_slug}', {
    params: { path: { id_or_slug: created.data.id } },
    headers: admin,
  });
  assert.equal(deleted.response.status, 204);
  const gone = await api.GET('/v1/programs/{id_or_slug}', { params: { path: { id_or_slug: created.data.id } } });
  assert.equal(gone.response.status, 404);
  assert.equal(gone.error?.code, 'not_found');

  // A CSV import: sent as it is, not as a JSON string.
  const csv = importCsv('openapi-fetch');
  const imported = await api.POST('/v1/imports', {
    params: { query: { dry_run: false } },
    body: csv,
    bodySerializer: (body) => body as string,
    headers: { ...admin, 'content-type': 'text/csv' },
  });
  if (imported.error) throw new Error(`import: ${imported.error.detail}`);
  assert.deepEqual(
    { rows: imported.data.rows, created: imported.data.created, errors: imported.data.errors },
    { rows: 1, created: 1, errors: [] },
  );

  // The same as typed JSON rows, checked (dry run) and not written.
  const rows = await api.POST('/v1/imports', {
    params: { query: { dry_run: true } },
    body: [importRow('openapi-fetch')],
    headers: admin,
  });
  if (rows.error) throw new Error(`JSON import: ${rows.error.detail}`);
  assert.deepEqual({ dry_run: rows.data.dry_run, created: rows.data.created }, { dry_run: true, created: 1 });
}

/** Two programs of the default list. */
async function listTwo(api: ReturnType<typeof createClient<paths, JsonMedia>>) {
  const { data, error } = await api.GET('/v1/programs', { params: { query: { limit: 2 } } });
  if (error) throw new Error(`list: ${error.detail}`);
  assert.ok(!('fields' in data), 'whole programs');
  return data.data;
}
